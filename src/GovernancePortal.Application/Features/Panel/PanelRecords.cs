using System.Globalization;
using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel;

/// <summary>What the pages of a meeting show at the top: when, where and whether it has been held.</summary>
public sealed record MeetingHeading(int Id, DateOnly Date, TimeOnly? StartsAt, string? Location, bool IsOnline, MeetingStatus Status, Guid Version)
{
    /// <summary>"Tuesday 14 March 2017".</summary>
    public string Title => $"Audit Panel, {LongDate.Of(Date)}";

    public string Place => PanelRecords.Place(Location, IsOnline, Status == MeetingStatus.Held);

    public string Time => PanelRecords.Time(StartsAt, Status == MeetingStatus.Held);

    public bool IsHeld => Status == MeetingStatus.Held;
}

/// <summary>An option of a select: a value and its text.</summary>
public sealed record PanelOption(string Value, string Text);

/// <summary>Loading the panel and its meetings the same way on every page of the Audit Panel workspace.</summary>
public static class PanelRecords
{
    /// <summary>The one panel (the Met and MOPAC share it), or null before it is set up.</summary>
    public static Task<AuditPanel?> PanelAsync(GovernancePortalDbContext db, CancellationToken cancellationToken) =>
        db.AuditPanels.Include(p => p.Members).Include(p => p.Organisations).ThenInclude(o => o.Organisation)
            .OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The meeting with its attendees, agenda and publications; 404 when there is none.</summary>
    public static async Task<PanelMeeting> MeetingAsync(GovernancePortalDbContext db, int id, CancellationToken cancellationToken, bool tracking = true)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.PanelMeetings.Include(m => m.Panel).Include(m => m.Attendees).Include(m => m.AgendaItems)
            .Include(m => m.Publications).AsSplitQuery();
        return await (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new NotFoundException("There is no such Audit Panel meeting.");
    }

    public static MeetingHeading Heading(PanelMeeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new MeetingHeading(meeting.Id, meeting.Date, meeting.StartsAt, meeting.Location, meeting.IsOnline, meeting.Status, meeting.Version);
    }

    /// <summary>"Room 1, MOPAC (and online)", "Online", or "To be confirmed" ("Not recorded" once the meeting is held).</summary>
    public static string Place(string? location, bool online, bool held = false) => (location, online) switch
    {
        ({ Length: > 0 } where, true) => $"{where} (and online)",
        ({ Length: > 0 } where, false) => where,
        (_, true) => "Online",
        _ => held ? "Not recorded" : "To be confirmed",
    };

    /// <summary>"14:00", or "Time to be confirmed" ("Not recorded" once the meeting is held).</summary>
    public static string Time(TimeOnly? startsAt, bool held = false) =>
        startsAt is { } time ? time.ToString("HH:mm", CultureInfo.InvariantCulture) : held ? "Not recorded" : "Time to be confirmed";

    /// <summary>"14:00" as a time of day; null for empty or anything else.</summary>
    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), ["H:mm", "HH:mm", "H.mm", "HH.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    /// <summary>Every meeting of the panel as an option: "14 March 2017".</summary>
    public static async Task<IReadOnlyList<(int Id, DateOnly Date)>> MeetingDatesAsync(GovernancePortalDbContext db, CancellationToken cancellationToken) =>
        [.. (await db.PanelMeetings.AsNoTracking().Select(m => new { m.Id, m.Date }).ToListAsync(cancellationToken)).OrderBy(m => m.Date).Select(m => (m.Id, m.Date))];
}

using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel.Model;

/// <summary>What the publication, question and snapshot pages read about meetings and publications.</summary>
public static class PanelReads
{
    /// <summary>A meeting as named at the top of its pages.</summary>
    public sealed record MeetingHeading(int Id, DateOnly Date, string? Location, bool IsOnline, bool IsHeld);

    /// <summary>A publication as named at the top of its pages.</summary>
    public sealed record PublicationHeading(int Id, string Title, string OrganisationName, string OrganisationCode, int Edition, MeetingHeading Meeting);

    public static async Task<MeetingHeading> MeetingAsync(GovernancePortalDbContext db, int meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.PanelMeetings.AsNoTracking().Where(m => m.Id == meetingId)
            .Select(m => new MeetingHeading(m.Id, m.Date, m.Location, m.IsOnline, m.Status == MeetingStatus.Held))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("There is no such Audit Panel meeting.");
    }

    public static async Task<PublicationHeading> PublicationAsync(GovernancePortalDbContext db, int publicationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.PanelPublications.AsNoTracking().Where(p => p.Id == publicationId)
            .Select(p => new PublicationHeading(p.Id, p.Title, p.Organisation!.Name, p.Organisation.Code, p.Edition,
                new MeetingHeading(p.Meeting!.Id, p.Meeting.Date, p.Meeting.Location, p.Meeting.IsOnline, p.Meeting.Status == MeetingStatus.Held)))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("There is no such publication.");
    }

    /// <summary>A meeting with its panel (and the organisations it serves) and its publications, to publish to it.</summary>
    public static async Task<PanelMeeting> MeetingForPublishingAsync(GovernancePortalDbContext db, int meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.PanelMeetings
            .Include(m => m.Panel!).ThenInclude(p => p.Organisations)
            .Include(m => m.Publications)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
            ?? throw new NotFoundException("There is no such Audit Panel meeting.");
    }

    /// <summary>A snapshot without its content (read through <see cref="SnapshotReader"/>).</summary>
    public sealed record SnapshotInfo(int Id, int MeetingId, DateOnly MeetingDate, DateOnly AsAt, string Sha256);

    /// <summary>
    /// The latest snapshot of an organisation at a meeting (null when none of its papers is published there), or a
    /// given one of them.
    /// </summary>
    public static Task<SnapshotInfo?> SnapshotAtAsync(GovernancePortalDbContext db, int meetingId, int organisationId, int? snapshotId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.PanelSnapshots.AsNoTracking()
            .Where(s => s.MeetingId == meetingId && s.OrganisationId == organisationId && (snapshotId == null || s.Id == snapshotId))
            .OrderByDescending(s => s.TakenAtUtc).ThenByDescending(s => s.Id)
            .Select(s => new SnapshotInfo(s.Id, s.MeetingId, s.Meeting!.Date, s.AsAt, s.Sha256))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The organisation named by its slug ("mps", "mopac"): id, code and short name.</summary>
    public static async Task<(int Id, string Code, string Name)> OrganisationAsync(GovernancePortalDbContext db, string? slug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var code = (slug ?? string.Empty).Trim().ToUpperInvariant();
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Code == code)
            .Select(o => new { o.Id, o.Code, o.ShortName }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("There is no such organisation.");
        return (organisation.Id, organisation.Code, organisation.ShortName);
    }
}

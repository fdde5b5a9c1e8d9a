using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel.Meetings;

/// <summary>
/// A meeting's page (/panel/meetings/{id}): when and where, who attended, the agenda with the paper for each item, the
/// papers published to it (corrected editions shown as such), the matters arising it raised and the next meeting.
/// </summary>
public static class ViewMeeting
{
    public sealed record Query(int MeetingId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewPanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    public sealed record View(
        MeetingHeading Meeting,
        DateOnly? NextMeetingOn,
        string? HeldRecordedBy,
        IReadOnlyList<AttendeeRow> Attendees,
        IReadOnlyList<AgendaRow> Agenda,
        IReadOnlyList<PublicationRow> Publications,
        IReadOnlyList<PanelOption> Organisations,
        IReadOnlyList<ActionRow> Actions,
        bool CanManage);

    public sealed record AttendeeRow(string Name, string Role, Attendance Attendance);

    public sealed record AgendaRow(string Number, string Title, string? PresentedBy, string? Officer, int? PublicationId, string? PaperTitle);

    /// <summary>An edition of a paper published to the meeting; <see cref="CorrectedByEdition"/> when a later edition replaces it.</summary>
    public sealed record PublicationRow(int Id, int Sequence, string Title, string Organisation, int Edition, string? Reason, DateTime PublishedAtUtc, int? CorrectedByEdition);

    public sealed record ActionRow(int Id, string Reference, string Request, string Organisation, PanelActionStatus Status);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var meeting = await PanelRecords.MeetingAsync(db, query.MeetingId, cancellationToken, tracking: false);
            var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Code, o.ShortName }).ToListAsync(cancellationToken);
            string Short(int? id) => organisations.FirstOrDefault(o => o.Id == id)?.ShortName ?? string.Empty;
            var served = await db.PanelOrganisations.AsNoTracking().Where(o => o.PanelId == meeting.PanelId).Select(o => o.OrganisationId).ToListAsync(cancellationToken);

            var current = meeting.CurrentPublications;
            var publications = meeting.Publications.OrderBy(p => p.Sequence).ThenByDescending(p => p.Edition)
                .Select(p => new PublicationRow(
                    p.Id, p.Sequence, p.Title, Short(p.OrganisationId), p.Edition, p.Reason, p.PublishedAtUtc,
                    current.Contains(p) ? null : meeting.Publications.FirstOrDefault(c => c.IsCorrectionOf(p))?.Edition))
                .ToList();
            var agenda = meeting.OrderedAgenda.Select(i => new AgendaRow(
                i.Number, i.Title, i.PresentingOrganisationId is null ? null : Short(i.PresentingOrganisationId), i.PresentingOfficer,
                i.PublicationId, meeting.Publications.FirstOrDefault(p => p.Id == i.PublicationId)?.Title)).ToList();
            var actions = await db.PanelActions.AsNoTracking().Where(a => a.RaisedAtMeetingId == meeting.Id).OrderBy(a => a.Number)
                .Select(a => new { a.Id, a.Number, a.Request, a.OrganisationId, a.Status }).ToListAsync(cancellationToken);
            return new View(
                PanelRecords.Heading(meeting),
                meeting.NextMeetingOn,
                meeting.HeldRecordedByName,
                [.. meeting.OrderedAttendees.Select(a => new AttendeeRow(a.Name, a.Role, a.Attendance))],
                agenda,
                publications,
                [.. organisations.Where(o => served.Contains(o.Id)).OrderBy(o => o.ShortName).Select(o => new PanelOption(o.Code.ToLowerInvariant(), o.ShortName))],
                [.. actions.Select(a => new ActionRow(a.Id, $"PA-{a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}", a.Request, Short(a.OrganisationId), a.Status))],
                AccessMatrix.AllowsAny(user, Permission.ManagePanel));
        }
    }
}

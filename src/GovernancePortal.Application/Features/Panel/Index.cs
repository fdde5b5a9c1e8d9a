using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel;

/// <summary>
/// The Audit Panel workspace's home (/panel): the panel (chair and members with their terms, the organisations it
/// serves, its terms of reference), its upcoming and past meetings with the papers published to each, and how many
/// matters arising are still open.
/// </summary>
public static class ViewPanel
{
    public sealed record Query : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewPanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    public sealed record View(PanelSummary? Panel, IReadOnlyList<MeetingRow> Upcoming, IReadOnlyList<MeetingRow> Past, int OpenActions, bool CanManage);

    public sealed record PanelSummary(string Name, string? TermsOfReference, IReadOnlyList<MemberRow> Members, IReadOnlyList<string> Organisations);

    public sealed record MemberRow(string Name, PanelRole Role, DateOnly? AppointedOn, DateOnly? TermEndsOn);

    public sealed record MeetingRow(int Id, DateOnly Date, TimeOnly? StartsAt, string Place, MeetingStatus Status, int Papers);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var canManage = AccessMatrix.AllowsAny(user, Permission.ManagePanel);
            var panel = await PanelRecords.PanelAsync(db, cancellationToken);
            if (panel is null)
            {
                return new View(null, [], [], 0, canManage);
            }

            var summary = new PanelSummary(
                panel.Name,
                panel.TermsOfReference,
                [.. panel.OrderedMembers.Select(m => new MemberRow(m.Name, m.Role, m.AppointedOn, m.TermEndsOn))],
                [.. panel.Organisations.Select(o => o.Organisation?.ShortName ?? string.Empty).Order(StringComparer.Ordinal)]);
            var meetings = await db.PanelMeetings.AsNoTracking().Where(m => m.PanelId == panel.Id)
                .Select(m => new { m.Id, m.Date, m.StartsAt, m.Location, m.IsOnline, m.Status }).ToListAsync(cancellationToken);
            var published = await db.PanelPublications.AsNoTracking().Where(p => p.Meeting!.PanelId == panel.Id)
                .Select(p => new { p.MeetingId, p.Sequence }).ToListAsync(cancellationToken);
            var rows = meetings.Select(m => new MeetingRow(
                m.Id, m.Date, m.StartsAt, PanelRecords.Place(m.Location, m.IsOnline, m.Status == MeetingStatus.Held), m.Status,
                published.Where(p => p.MeetingId == m.Id).Select(p => p.Sequence).Distinct().Count())).ToList();
            var today = time.Today();
            bool IsUpcoming(MeetingRow m) => m.Status == MeetingStatus.Planned && m.Date >= today;
            var open = await db.PanelActions.CountAsync(a => a.PanelId == panel.Id && a.Status == PanelActionStatus.Open, cancellationToken);
            return new View(
                summary,
                [.. rows.Where(IsUpcoming).OrderBy(m => m.Date)],
                [.. rows.Where(m => !IsUpcoming(m)).OrderByDescending(m => m.Date)],
                open,
                canManage);
        }
    }
}

using GovernancePortal.Application.Features.Panel.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel.Meetings;

/// <summary>
/// "Changes since the last Panel" for one organisation (/panel/meetings/{id}/changes/{org}): the latest snapshot of its
/// register published to this meeting against the latest one published to the previous meeting (by date) that has
/// one. Reads only the frozen snapshots, never live data, so the page says the same thing every time it is opened.
/// </summary>
public static class ChangesSinceLastPanel
{
    public sealed record Query(int MeetingId, string Organisation) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewPanel;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    /// <summary><see cref="Changes"/> is null when this meeting has no snapshot of the organisation yet.</summary>
    public sealed record View(
        PanelReads.MeetingHeading Meeting,
        string OrganisationCode,
        string OrganisationName,
        PanelReads.SnapshotInfo? This,
        PanelReads.SnapshotInfo? Previous,
        string? RagRule,
        SnapshotChanges? Changes);

    public sealed class Handler(GovernancePortalDbContext db, SnapshotReader snapshots) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var meeting = await PanelReads.MeetingAsync(db, query.MeetingId, cancellationToken);
            var (organisationId, code, name) = await PanelReads.OrganisationAsync(db, query.Organisation, cancellationToken);
            var current = await PanelReads.SnapshotAtAsync(db, meeting.Id, organisationId, null, cancellationToken);
            if (current is null)
            {
                return new View(meeting, code, name, null, null, null, null);
            }

            var panelId = await db.PanelMeetings.Where(m => m.Id == meeting.Id).Select(m => m.PanelId).SingleAsync(cancellationToken);
            var previous = await db.PanelSnapshots.AsNoTracking()
                .Where(s => s.OrganisationId == organisationId && s.Meeting!.PanelId == panelId
                    && (s.Meeting.Date < meeting.Date || (s.Meeting.Date == meeting.Date && s.MeetingId < meeting.Id)))
                .OrderByDescending(s => s.Meeting!.Date).ThenByDescending(s => s.MeetingId).ThenByDescending(s => s.TakenAtUtc).ThenByDescending(s => s.Id)
                .Select(s => new PanelReads.SnapshotInfo(s.Id, s.MeetingId, s.Meeting!.Date, s.AsAt, s.Sha256))
                .FirstOrDefaultAsync(cancellationToken);
            var after = await snapshots.ReadAsync(db, current.Id, cancellationToken);
            return new View(
                meeting,
                code,
                name,
                current,
                previous,
                after.RagRule,
                previous is null ? null : await snapshots.ChangesAsync(db, previous.Id, current.Id, cancellationToken));
        }
    }
}

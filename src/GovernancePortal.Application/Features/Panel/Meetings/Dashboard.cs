using GovernancePortal.Application.Features.Panel.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Panel.Meetings;

/// <summary>
/// The progress dashboard as at a meeting (/panel/meetings/{id}/dashboard/{org}?snapshot=): the actions of each plan and
/// area counted by status and RAG, and the recommendations by status, from a snapshot published to the meeting (the
/// latest, or the one named), with the RAG rule as it stood then. Never live data.
/// </summary>
public static class PanelDashboard
{
    public sealed record Query(int MeetingId, string Organisation, int? SnapshotId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewPanel;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    /// <summary>The actions of one area (or a plan's total when <see cref="Area"/> is null), counted.</summary>
    public sealed record Row(string Plan, string? Area, int Total, int Open, int Complete, int CarriedForward, int Red, int Amber, int Green, int NotRated);

    public sealed record View(
        PanelReads.MeetingHeading Meeting,
        string OrganisationCode,
        string OrganisationName,
        DateOnly? AsAt,
        string? Sha256,
        string? RagRule,
        IReadOnlyList<Row> Rows,
        IReadOnlyList<(RecommendationStatus Status, int Count)> Recommendations);

    public sealed class Handler(GovernancePortalDbContext db, SnapshotReader snapshots) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var meeting = await PanelReads.MeetingAsync(db, query.MeetingId, cancellationToken);
            var (organisationId, code, name) = await PanelReads.OrganisationAsync(db, query.Organisation, cancellationToken);
            var snapshot = await PanelReads.SnapshotAtAsync(db, meeting.Id, organisationId, query.SnapshotId, cancellationToken);
            if (snapshot is null)
            {
                return new View(meeting, code, name, null, null, null, [], []);
            }

            var register = await snapshots.ReadAsync(db, snapshot.Id, cancellationToken);
            var rows = new List<Row>();
            foreach (var plan in register.Actions.GroupBy(a => a.Plan).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                rows.AddRange(plan.GroupBy(a => a.Area).OrderBy(g => g.Key, StringComparer.Ordinal).Select(area => Count(plan.Key, area.Key, [.. area])));
                rows.Add(Count(plan.Key, null, [.. plan]));
            }

            var recommendations = register.Recommendations.GroupBy(r => r.Status).OrderBy(g => g.Key)
                .Select(g => (g.Key, g.Count())).ToList();
            return new View(meeting, code, name, snapshot.AsAt, snapshot.Sha256, register.RagRule, rows, recommendations);
        }

        private static Row Count(string plan, string? area, IReadOnlyList<ActionState> actions) => new(
            plan,
            area,
            actions.Count,
            actions.Count(a => a.IsOpen),
            actions.Count(a => a.Status is ActionStatus.VerifiedComplete or ActionStatus.ClosedWithoutAction),
            actions.Count(a => a.Status == ActionStatus.CarriedForward),
            actions.Count(a => a.Rag == RagStatus.Red),
            actions.Count(a => a.Rag == RagStatus.Amber),
            actions.Count(a => a.Rag == RagStatus.Green),
            actions.Count(a => a.Rag is null));
    }
}

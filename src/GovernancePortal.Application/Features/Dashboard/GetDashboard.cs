using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Domain.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Dashboard;

/// <summary>The home dashboard: per organisation, its governance areas, open improvement actions by RAG, and overdue actions.</summary>
public sealed record GetDashboardQuery : IQuery<DashboardModel>;

public sealed record DashboardModel(DateOnly Today, IReadOnlyList<OrganisationSummary> Organisations);

public sealed record OrganisationSummary(
    string Code,
    string Name,
    string ShortName,
    bool IsUsersOrganisation,
    int GovernanceAreas,
    int OpenActions,
    int Red,
    int Amber,
    int Green,
    int NotRated,
    int Overdue,
    string RagRule);

public sealed class GetDashboardHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time)
    : IQueryHandler<GetDashboardQuery, DashboardModel>
{
    public async ValueTask<DashboardModel> Handle(GetDashboardQuery query, CancellationToken cancellationToken)
    {
        var today = time.Today();
        var organisations = await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.Code, o.Name, o.ShortName, o.RagRule })
            .ToListAsync(cancellationToken);

        var areas = await db.GovernanceAreas.AsNoTracking()
            .Where(a => !a.IsArchived)
            .GroupBy(a => a.OrganisationId)
            .Select(g => new { OrganisationId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.OrganisationId, g => g.Count, cancellationToken);

        var openStatuses = new[] { ActionStatus.NotStarted, ActionStatus.InProgress, ActionStatus.ReportedComplete };
        var open = await db.ImprovementActions.AsNoTracking()
            .Where(a => openStatuses.Contains(a.Status))
            .GroupBy(a => new { a.Area!.Plan!.OrganisationId, a.Rag })
            .Select(g => new { g.Key.OrganisationId, g.Key.Rag, Count = g.Count(), Overdue = g.Count(a => a.DueDate < today) })
            .ToListAsync(cancellationToken);

        var summaries = organisations
            .Select(o =>
            {
                var rows = open.Where(r => r.OrganisationId == o.Id).ToList();
                int CountOf(RagStatus? rag) => rows.Where(r => r.Rag == rag).Sum(r => r.Count);
                return new OrganisationSummary(
                    o.Code,
                    o.Name,
                    o.ShortName,
                    user.OrganisationCodes.Contains(o.Code),
                    areas.GetValueOrDefault(o.Id),
                    rows.Sum(r => r.Count),
                    CountOf(RagStatus.Red),
                    CountOf(RagStatus.Amber),
                    CountOf(RagStatus.Green),
                    CountOf(null),
                    rows.Sum(r => r.Overdue),
                    o.RagRule.Description);
            })
            // The user's own organisations first.
            .OrderByDescending(s => s.IsUsersOrganisation)
            .ToList();

        return new DashboardModel(today, summaries);
    }
}

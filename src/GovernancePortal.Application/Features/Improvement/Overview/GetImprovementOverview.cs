using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Domain.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Overview;

/// <summary>
/// The improvement-plan dashboard: for every organisation the user may see, each plan with its progress counts and
/// percentages, per improvement area, as the Audit Panel papers report them.
/// </summary>
public sealed record GetImprovementOverviewQuery(int? PlanId = null) : IQuery<ImprovementOverview>;

public sealed record ImprovementOverview(DateOnly Today, IReadOnlyList<OrganisationPlans> Organisations);

public sealed record OrganisationPlans(string Code, string Name, string ShortName, string RagRule, bool CanManage, IReadOnlyList<PlanSummary> Plans);

public sealed record PlanSummary(
    int Id,
    string Title,
    string Period,
    string Slug,
    PlanStatus Status,
    string? PreviousPlanTitle,
    string? ReportedSummary,
    ProgressCounts Counts,
    IReadOnlyList<AreaSummary> Areas);

public sealed record AreaSummary(int Id, string DisplayCode, string Title, ImprovementTier Tier, ProgressCounts Counts);

public sealed class GetImprovementOverviewHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time)
    : IQueryHandler<GetImprovementOverviewQuery, ImprovementOverview>
{
    public async ValueTask<ImprovementOverview> Handle(GetImprovementOverviewQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = time.Today();
        var organisations = await ImprovementScope.VisibleOrganisationsAsync(db, user, cancellationToken);
        var ids = organisations.Select(o => o.Id).ToList();

        var plans = await db.ImprovementPlans.AsNoTracking()
            .Where(p => ids.Contains(p.OrganisationId) && (query.PlanId == null || p.Id == query.PlanId))
            .Select(p => new
            {
                p.Id,
                p.OrganisationId,
                p.Title,
                p.FirstYear,
                p.LastYear,
                p.Status,
                PreviousTitle = p.PreviousPlan == null ? null : p.PreviousPlan.Title,
                p.ReportedSummary,
            })
            .ToListAsync(cancellationToken);
        var planIds = plans.Select(p => p.Id).ToList();
        var areas = await db.ImprovementAreas.AsNoTracking()
            .Where(a => planIds.Contains(a.PlanId))
            .OrderBy(a => a.Sequence)
            .Select(a => new { a.Id, a.PlanId, a.Code, a.Sequence, a.Title, a.Tier })
            .ToListAsync(cancellationToken);

        // How many actions of each area share a status and RAG, for each combination of the revised and overdue rules
        // (ActionRules, the same rules the action itself follows): four grouped queries.
        var inPlans = db.ImprovementActions.AsNoTracking().Where(a => planIds.Contains(a.Area!.PlanId));
        var groups = new List<(int AreaId, ActionStatus Status, RagStatus? Rag, bool Revised, bool Overdue, int Count)>();
        foreach (var revised in new[] { true, false })
        {
            foreach (var overdue in new[] { true, false })
            {
                var rows = await inPlans
                    .Where(revised ? ActionRules.IsRevised : Not(ActionRules.IsRevised))
                    .Where(overdue ? ActionRules.IsOverdue(today) : Not(ActionRules.IsOverdue(today)))
                    .GroupBy(a => new { a.AreaId, a.Status, a.Rag })
                    .Select(g => new { g.Key.AreaId, g.Key.Status, g.Key.Rag, Count = g.Count() })
                    .ToListAsync(cancellationToken);
                groups.AddRange(rows.Select(r => (r.AreaId, r.Status, r.Rag, revised, overdue, r.Count)));
            }
        }

        var pending = await db.ActionUpdates.AsNoTracking()
            .Where(u => u.Review == UpdateReview.Pending && planIds.Contains(u.Action!.Area!.PlanId))
            .GroupBy(u => u.Action!.AreaId)
            .Select(g => new { AreaId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.AreaId, g => g.Count, cancellationToken);

        var areaCounts = groups
            .GroupBy(g => g.AreaId)
            .ToDictionary(
                g => g.Key,
                g => g.Aggregate(ProgressCounts.Empty, (sum, row) => sum + ProgressCounts.Of(row.Status, row.Revised, row.Overdue, row.Rag, row.Count))
                    with { AwaitingReview = pending.GetValueOrDefault(g.Key) });

        var result = organisations.Select(o => new OrganisationPlans(
            o.Code,
            o.Name,
            o.ShortName,
            o.RagRule.Description,
            Security.AccessMatrix.Allows(user, Security.Permission.ManageImprovementPlan, o.Code),
            [.. plans.Where(p => p.OrganisationId == o.Id)
                .OrderBy(p => p.Status)
                .ThenByDescending(p => p.FirstYear)
                .Select(p =>
                {
                    var planAreas = areas.Where(a => a.PlanId == p.Id)
                        .Select(a => new AreaSummary(a.Id, a.Code ?? a.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Title, a.Tier, areaCounts.GetValueOrDefault(a.Id) ?? ProgressCounts.Empty))
                        .ToList();
                    var total = planAreas.Aggregate(ProgressCounts.Empty, (sum, a) => sum + a.Counts);
                    return new PlanSummary(p.Id, p.Title, ImprovementPlan.PeriodOf(p.FirstYear, p.LastYear), ImprovementPlan.SlugFor(p.FirstYear, p.LastYear), p.Status, p.PreviousTitle, p.ReportedSummary, total, planAreas);
                })]))
            .ToList();

        return new ImprovementOverview(today, result);
    }

    private static System.Linq.Expressions.Expression<Func<ImprovementAction, bool>> Not(System.Linq.Expressions.Expression<Func<ImprovementAction, bool>> rule) =>
        System.Linq.Expressions.Expression.Lambda<Func<ImprovementAction, bool>>(System.Linq.Expressions.Expression.Not(rule.Body), rule.Parameters);
}

/// <summary>Finds a plan by organisation code and slug ("2018-21"); who may read it is checked in the pipeline.</summary>
public static class PlanLookup
{
    public static async Task<(Organisation Organisation, int PlanId)> FindAsync(
        GovernancePortalDbContext db, string organisation, string slug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var org = await Framework.FrameworkScope.OrganisationAsync(db, organisation, cancellationToken);
        var plans = await db.ImprovementPlans.AsNoTracking().Where(p => p.OrganisationId == org.Id)
            .Select(p => new { p.Id, p.FirstYear, p.LastYear })
            .ToListAsync(cancellationToken);
        var match = plans.FirstOrDefault(p => ImprovementPlan.SlugFor(p.FirstYear, p.LastYear) == slug)
            ?? throw new Common.NotFoundException("There is no such improvement plan.");
        return (org, match.Id);
    }
}

using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement.Overview;
using GovernancePortal.Application.Features.Improvement.Register;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement;

/// <summary>One plan as the Audit Panel reads it: each improvement area with its lead, aim, assessments and first actions.</summary>
public static class ViewPlan
{
    /// <summary>
    /// One plan as the Audit Panel reads it: each improvement area with its lead, aim, assessments and its first
    /// <see cref="ActionsPerArea"/> actions (the register lists the rest), so a plan of any size is a page of bounded size.
    /// </summary>
    public sealed record Query(string Organisation, string Slug) : IQuery<Details>, IOrganisationScoped
    {
        public const int ActionsPerArea = 25;

        public Permission Permission => Permission.ViewImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Details(
        PlanSummary Summary,
        string OrganisationCode,
        string OrganisationName,
        string RagRule,
        bool CanManage,
        int? PreviousPlanId,
        string? PreviousPlanSlug,
        IReadOnlyList<(string Title, string Slug)> NextPlans,
        IReadOnlyList<PlanArea> Areas)
    {
        /// <summary>The plan's actions that were carried forward and the ones that continue them, by the earlier action's id.</summary>
        public IReadOnlyDictionary<int, CarriedTo> CarriedForwardTo { get; init; } = new Dictionary<int, CarriedTo>();
    }

    /// <summary>The action in a later plan that continues a carried-forward one.</summary>
    public sealed record CarriedTo(int Id, string Code, string PlanTitle);

    public sealed record PlanArea(
        int Id,
        string DisplayCode,
        string Title,
        ImprovementTier Tier,
        IReadOnlyList<string> Leads,
        string? Principle,
        IReadOnlyList<string> GovernanceAreas,
        string? Aim,
        string? MainIssue,
        string? Monitoring,
        IReadOnlyList<AreaAssessmentView> Assessments,
        IReadOnlyList<RegisterRow> Actions,
        int ActionCount,
        Guid Version)
    {
        /// <summary>The area has more actions than the plan page shows; the register lists them all.</summary>
        public bool HasMoreActions => ActionCount > Actions.Count;
    }

    public sealed record AreaAssessmentView(string Period, DateOnly? AsAt, string Assessment, string? Narrative);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, IMediator mediator, TimeProvider time) : IQueryHandler<Query, Details>
    {
        public async ValueTask<Details> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var (organisation, planId) = await PlanLookup.FindAsync(db, query.Organisation, query.Slug, cancellationToken);
            var overview = await mediator.Send(new GetImprovementOverviewQuery(planId), cancellationToken);
            var summary = overview.Organisations.SelectMany(o => o.Plans).Single();
            var plan = await db.ImprovementPlans.AsNoTracking().AsSplitQuery()
                .Include(p => p.PreviousPlan)
                .Include(p => p.Areas).ThenInclude(a => a.Leads)
                .Include(p => p.Areas).ThenInclude(a => a.Principle)
                .Include(p => p.Areas).ThenInclude(a => a.GovernanceAreas)
                .Include(p => p.Areas).ThenInclude(a => a.Assessments)
                .SingleAsync(p => p.Id == planId, cancellationToken);
            var next = await db.ImprovementPlans.AsNoTracking().Where(p => p.PreviousPlanId == planId)
                .Select(p => new { p.Title, p.FirstYear, p.LastYear })
                .ToListAsync(cancellationToken);
            var counts = await db.ImprovementActions.AsNoTracking().Where(a => a.Area!.PlanId == planId)
                .GroupBy(a => a.AreaId).Select(g => new { AreaId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.AreaId, g => g.Count, cancellationToken);
            var today = time.Today();
            var actions = new List<RegisterRow>();
            foreach (var areaId in plan.Areas.Where(a => counts.ContainsKey(a.Id)).OrderBy(a => a.Sequence).Select(a => a.Id))
            {
                actions.AddRange(await RegisterQuery.Project(RegisterQuery.Sort(db.ImprovementActions.AsNoTracking().Where(a => a.AreaId == areaId), "code"), today)
                    .Take(Query.ActionsPerArea)
                    .ToListAsync(cancellationToken));
            }

            var carried = actions.Where(a => a.Status == ActionStatus.CarriedForward).Select(a => a.Id).ToList();
            var carriedTo = await db.ImprovementActions.AsNoTracking()
                .Where(a => a.CarriedForwardFromId != null && carried.Contains(a.CarriedForwardFromId.Value))
                .Select(a => new { From = a.CarriedForwardFromId!.Value, a.Id, a.Code, a.Area!.Plan!.Title })
                .ToListAsync(cancellationToken);

            return new Details(
                summary,
                organisation.Code,
                organisation.ShortName,
                organisation.RagRule.Description,
                AccessMatrix.Allows(user, Permission.ManageImprovementPlan, organisation.Code),
                plan.PreviousPlanId,
                plan.PreviousPlan?.Slug,
                [.. next.Select(n => (n.Title, ImprovementPlan.SlugFor(n.FirstYear, n.LastYear)))],
                [.. plan.Areas.OrderBy(a => a.Sequence).Select(a => new PlanArea(
                    a.Id,
                    a.DisplayCode,
                    a.Title,
                    a.Tier,
                    [.. a.Leads.Select(l => l.DisplayName)],
                    a.Principle is null ? null : $"{a.Principle.Code}: {a.Principle.Title}",
                    [.. a.GovernanceAreas.OrderBy(g => g.SortOrder).Select(g => $"{g.Reference} {g.Title}")],
                    a.Aim,
                    a.MainIssue,
                    a.Monitoring,
                    [.. a.Assessments.OrderByDescending(s => s.AsAt).Select(s => new AreaAssessmentView(s.Period, s.AsAt, s.Assessment, s.Narrative))],
                    [.. actions.Where(r => r.AreaId == a.Id)],
                    counts.GetValueOrDefault(a.Id),
                    a.Version))])
            {
                CarriedForwardTo = carriedTo.ToDictionary(c => c.From, c => new CarriedTo(c.Id, c.Code, c.Title)),
            };
        }
    }
}

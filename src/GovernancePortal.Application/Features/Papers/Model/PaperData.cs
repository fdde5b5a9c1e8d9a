using GovernancePortal.Application.Features.Surveys.Analysis;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers.Model;

/// <summary>The governance framework of an organisation as a paper reads it: principles, current areas, the year's statements.</summary>
internal sealed record FrameworkData(IReadOnlyList<Principle> Principles, IReadOnlyList<GovernanceArea> Areas, IReadOnlyList<AreaStatement> Statements)
{
    public IEnumerable<AreaStatement> Of(GovernanceArea area, params StatementKind[] kinds) =>
        Statements.Where(s => s.GovernanceAreaId == area.Id && kinds.Contains(s.Kind)).OrderBy(s => s.SortOrder).ThenBy(s => s.Id);

    public IEnumerable<GovernanceArea> AreasOf(Principle principle) => Areas.Where(a => a.PrincipleId == principle.Id);
}

/// <summary>One rated area of a survey: the section, its summary over the returns that count, and the summary's word.</summary>
internal sealed record SurveyAreaRating(SurveySection Section, RatingSummary Summary, string Word, bool Flagged);

/// <summary>The year's SIC survey of an organisation with its response rate and the rating of each area.</summary>
internal sealed record SurveyData(Survey Survey, ResponseRate Rate, IReadOnlyList<SurveyAreaRating> Areas);

/// <summary>
/// The live data papers are composed and checked from, loaded once per use with narrow queries. The rules (which plan
/// covers a year, which survey is the year's) live here so the composer and the checks agree.
/// </summary>
internal static class PaperData
{
    public static async Task<FrameworkData> FrameworkAsync(GovernancePortalDbContext db, int organisationId, ReportingYear year, CancellationToken cancellationToken)
    {
        var principles = await db.Principles.AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Code).ToListAsync(cancellationToken);
        var areas = await db.GovernanceAreas.AsNoTracking().Where(a => a.OrganisationId == organisationId && !a.IsArchived)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var ids = areas.Select(a => a.Id).ToList();
        var statements = await db.AreaStatements.AsNoTracking().Where(s => s.Year == year && ids.Contains(s.GovernanceAreaId))
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return new FrameworkData(principles, areas, statements);
    }

    /// <summary>The organisation's plans (without areas), earliest first.</summary>
    public static async Task<IReadOnlyList<ImprovementPlan>> PlansAsync(GovernancePortalDbContext db, int organisationId, CancellationToken cancellationToken) =>
        await db.ImprovementPlans.AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .OrderBy(p => p.FirstYear).ThenBy(p => p.Id).ToListAsync(cancellationToken);

    /// <summary>The plan covering the year (its first year to its last year); when several do, the earliest.</summary>
    public static ImprovementPlan? Covering(IEnumerable<ImprovementPlan> plans, ReportingYear year) =>
        plans.Where(p => p.FirstYear <= year && year <= p.LastYear).OrderBy(p => p.FirstYear).ThenBy(p => p.Id).FirstOrDefault();

    /// <summary>Plans with their areas, leads, assessments, linked governance areas and actions (owners and due-date ledger).</summary>
    public static async Task<IReadOnlyList<ImprovementPlan>> PlanDetailsAsync(GovernancePortalDbContext db, IReadOnlyCollection<int> planIds, CancellationToken cancellationToken)
    {
        if (planIds.Count == 0)
        {
            return [];
        }

        var ids = planIds.Distinct().ToList();
        return await db.ImprovementPlans.AsNoTracking().AsSplitQuery()
            .Include(p => p.Organisation)
            .Include(p => p.Areas).ThenInclude(a => a.Leads)
            .Include(p => p.Areas).ThenInclude(a => a.Assessments)
            .Include(p => p.Areas).ThenInclude(a => a.GovernanceAreas)
            .Include(p => p.Areas).ThenInclude(a => a.Actions).ThenInclude(a => a.Owner)
            .Include(p => p.Areas).ThenInclude(a => a.Actions).ThenInclude(a => a.DateRevisions)
            .Where(p => ids.Contains(p.Id))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Where each carried-forward action went: its code there and the period of the plan it went into.</summary>
    public static async Task<IReadOnlyDictionary<int, (string Code, string Period)>> CarriedToAsync(GovernancePortalDbContext db, IEnumerable<ImprovementPlan> plans, CancellationToken cancellationToken)
    {
        var carried = plans.SelectMany(p => p.Areas).SelectMany(a => a.Actions).Where(a => a.Status == ActionStatus.CarriedForward).Select(a => a.Id).ToList();
        if (carried.Count == 0)
        {
            return new Dictionary<int, (string, string)>();
        }

        var rows = await db.ImprovementActions.AsNoTracking()
            .Where(a => a.CarriedForwardFromId != null && carried.Contains(a.CarriedForwardFromId.Value))
            .Select(a => new { From = a.CarriedForwardFromId!.Value, a.Code, a.Area!.Plan!.FirstYear, a.Area.Plan.LastYear })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.From).ToDictionary(g => g.Key, g => (g.First().Code, ImprovementPlan.PeriodOf(g.First().FirstYear, g.First().LastYear)));
    }

    /// <summary>
    /// The organisation's SIC survey of the year once issued (a draft has no results), with the response rate (the
    /// returns that count, <see cref="ResponseRate"/>) and each rated area's summary, as the survey analysis shows them.
    /// </summary>
    public static async Task<SurveyData?> SurveyAsync(GovernancePortalDbContext db, int organisationId, ReportingYear year, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.AsNoTracking().AsSplitQuery()
            .Include(s => s.Sections).ThenInclude(s => s.Questions)
            .Include(s => s.Sections).ThenInclude(s => s.GovernanceArea)
            .Where(s => s.OrganisationId == organisationId && s.Year == year && s.Status != SurveyStatus.Draft)
            .OrderBy(s => s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (survey is null)
        {
            return null;
        }

        var statuses = await db.SurveyReturns.AsNoTracking().Where(r => r.SurveyId == survey.Id).Select(r => r.Status).ToListAsync(cancellationToken);
        var rate = new ResponseRate(statuses.Count(ResponseRate.Counts), statuses.Count);
        var ratings = await AnalysisData.RatingsAsync(db, survey.Id, cancellationToken);
        var areas = SurveyAnalysis.Handler.RatedSections(survey).Select(section =>
        {
            var summary = new RatingSummary(survey.Scale.Count, ratings.Where(r => r.SectionId == section.Id).Select(r => r.Rating));
            return new SurveyAreaRating(section, summary, survey.RatingLabel(summary.Median) ?? "No returns", survey.IsFlagged(summary.Median));
        }).ToList();
        return new SurveyData(survey, rate, areas);
    }

    /// <summary>The plans a paper reports: the progress report's plan, the plan of the year after (GovernanceIssues) and of the year (LastYearIssues).</summary>
    public static (int? Progress, int? Next, int? Current) ReportedPlans(Paper paper, IReadOnlyList<ImprovementPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var contents = paper.Sections.Select(s => s.Content).ToHashSet();
        int? progress = paper.Kind == PaperKind.ProgressReport || contents.Overlaps([SectionContent.ProgressSummary, SectionContent.ProgressRag, SectionContent.SlippedActions, SectionContent.CompletedActions])
            ? paper.ImprovementPlanId
            : null;
        var next = contents.Contains(SectionContent.GovernanceIssues) ? Covering(plans, Following(paper.Year))?.Id : null;
        var current = contents.Contains(SectionContent.LastYearIssues) ? Covering(plans, paper.Year)?.Id : null;
        return (progress, next, current);
    }

    /// <summary>The year after <paramref name="year"/>; the last year that can be recorded stands for itself.</summary>
    public static ReportingYear Following(ReportingYear year) => year.StartYear < ReportingYear.MaxStartYear ? year.Next : year;
}

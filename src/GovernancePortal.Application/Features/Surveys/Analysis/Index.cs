using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys.Analysis;

/// <summary>
/// The analysis of a survey's submitted returns: the heat map of governance areas (sections with a rating question) by
/// business group, the distribution of ratings per area, the flags (ratings at or below the survey's flag level) and
/// what has been done about them, and the comparison with the previous year's survey. Each cell is a
/// <see cref="RatingSummary"/>: the median rating, rounding towards the worse level, with the number of returns.
/// </summary>
public static class SurveyAnalysis
{
    public sealed record Query(int SurveyId) : IQuery<Result>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewSurveyAnalysis;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed record Result(
        AnalysisHeading Survey,
        ResponseRate Returned,
        IReadOnlyList<string> Groups,
        IReadOnlyList<AreaRow> Areas,
        IReadOnlyList<Flag> Flags,
        Comparison? Previous,
        bool CanRaise);

    /// <summary>One area: a cell per business group (in <see cref="Result.Groups"/> order), all groups together, and the distribution.</summary>
    public sealed record AreaRow(int SectionId, int Order, string Title, string? AreaReference, IReadOnlyList<Cell> Cells, Cell Overall, IReadOnlyList<Level> Distribution);

    /// <summary>The median rating of the returns in the cell (null: none rated), its word, how many returns, and whether it is flagged.</summary>
    public sealed record Cell(int? Median, string Word, int Count, bool Flagged);

    public sealed record Level(int Position, string Word, int Count, int Percent, bool Flagged);

    /// <summary>An area some returns rated at or below the flag level: the returns, and what has been raised from it already.</summary>
    public sealed record Flag(int SectionId, string Title, Cell Overall, IReadOnlyList<FlaggedReturn> Returns, IReadOnlyList<Raised> Raised);

    public sealed record FlaggedReturn(int ReturnId, string Signatory, string Group, int Rating, string Word);

    /// <summary>An improvement area or action raised from a flag (the ids and slug the page links with).</summary>
    public sealed record Raised(
        string OrganisationCode, string PlanSlug, int? ImprovementAreaId, string? AreaText, int? ImprovementActionId, string? ActionCode, string RaisedByName, DateTime RaisedAtUtc, int SourceCount);

    public sealed record Comparison(int SurveyId, string Title, ReportingYear Year, int RatedReturns, IReadOnlyList<ComparisonRow> Rows);

    /// <summary>An area now and the matching area of the previous survey (by governance area, else by title), if any.</summary>
    public sealed record ComparisonRow(int SectionId, string Title, Cell Now, Cell? Then, string? MatchedBy);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var survey = await db.Surveys.AsNoTracking().AsSplitQuery()
                .Include(s => s.Organisation)
                .Include(s => s.Sections).ThenInclude(s => s.Questions)
                .Include(s => s.Sections).ThenInclude(s => s.GovernanceArea)
                .SingleOrDefaultAsync(s => s.Id == query.SurveyId, cancellationToken)
                ?? throw new NotFoundException("There is no such survey.");
            var heading = AnalysisData.Heading(survey);
            var ratings = await AnalysisData.RatingsAsync(db, survey.Id, cancellationToken);
            var totals = await db.SurveyReturns.AsNoTracking().Where(r => r.SurveyId == survey.Id)
                .GroupBy(r => new { r.BusinessGroup, r.Status })
                .Select(g => new { g.Key.BusinessGroup, g.Key.Status, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var returned = new ResponseRate(totals.Where(t => ResponseRate.Counts(t.Status)).Sum(t => t.Count), totals.Sum(t => t.Count));

            // Every business group asked, so a group with nothing submitted shows as such.
            var groups = totals.Select(t => AnalysisData.Group(t.BusinessGroup)).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList();
            var rated = RatedSections(survey);
            var areas = rated.Select(section =>
            {
                var mine = ratings.Where(r => r.SectionId == section.Id).ToList();
                var overall = new RatingSummary(survey.Scale.Count, mine.Select(r => r.Rating));
                return new AreaRow(
                    section.Id,
                    section.Order,
                    section.Title,
                    section.GovernanceArea?.Reference,
                    [.. groups.Select(g => CellOf(survey, mine.Where(r => AnalysisData.Group(r.BusinessGroup) == g).Select(r => r.Rating)))],
                    CellOf(survey, overall),
                    [.. survey.Scale.Select((word, position) => new Level(position, word, overall.Distribution[position], overall.Percent(position), survey.IsFlagged(position)))]);
            }).ToList();

            var flags = await FlagsAsync(survey, rated, ratings, areas, cancellationToken);
            var previous = await CompareAsync(survey, rated, areas, cancellationToken);
            var canRaise = AccessMatrix.Allows(user, Permission.ManageSurveys, heading.OrganisationCode)
                && AccessMatrix.Allows(user, Permission.ManageImprovementPlan, heading.OrganisationCode);
            return new Result(heading, returned, groups, areas, flags, previous, canRaise);
        }

        /// <summary>The sections with a rating question, in order: the governance areas of the analysis.</summary>
        internal static List<SurveySection> RatedSections(Survey survey) =>
            [.. survey.OrderedSections.Where(s => s.Questions.Any(q => q.Kind == QuestionKind.Rating))];

        internal static Cell CellOf(Survey survey, IEnumerable<int> ratings) => CellOf(survey, new RatingSummary(survey.Scale.Count, ratings));

        private static Cell CellOf(Survey survey, RatingSummary summary) =>
            new(summary.Median, survey.RatingLabel(summary.Median) ?? "No returns", summary.Count, survey.IsFlagged(summary.Median));

        private async Task<List<Flag>> FlagsAsync(Survey survey, List<SurveySection> rated, IReadOnlyList<ReturnRating> ratings, List<AreaRow> areas, CancellationToken cancellationToken)
        {
            var flagged = ratings.Where(r => survey.IsFlagged(r.Rating)).ToList();
            var returnIds = flagged.Select(r => r.ReturnId).Distinct().ToList();
            var signatories = await db.SurveyReturns.AsNoTracking().Include(r => r.Signatory)
                .Where(r => returnIds.Contains(r.Id))
                .ToDictionaryAsync(r => r.Id, r => r.Signatory!.DisplayName, cancellationToken);
            var raised = await db.SurveyFlags.AsNoTracking().AsSplitQuery()
                .Include(f => f.Sources)
                .Include(f => f.ImprovementArea!).ThenInclude(a => a.Plan!).ThenInclude(p => p.Organisation)
                .Include(f => f.ImprovementAction!).ThenInclude(a => a.Area!).ThenInclude(a => a.Plan!).ThenInclude(p => p.Organisation)
                .Where(f => f.SurveyId == survey.Id)
                .ToListAsync(cancellationToken);
            return [.. rated
                .Where(s => flagged.Any(r => r.SectionId == s.Id) || raised.Any(f => f.SectionId == s.Id))
                .Select(s => new Flag(
                    s.Id,
                    s.Title,
                    areas.Single(a => a.SectionId == s.Id).Overall,
                    [.. flagged.Where(r => r.SectionId == s.Id)
                        .Select(r => new FlaggedReturn(r.ReturnId, signatories[r.ReturnId], AnalysisData.Group(r.BusinessGroup), r.Rating, survey.RatingLabel(r.Rating)!))
                        .OrderByDescending(r => r.Rating).ThenBy(r => r.Group, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Signatory, StringComparer.OrdinalIgnoreCase)],
                    [.. raised.Where(f => f.SectionId == s.Id).OrderBy(f => f.RaisedAtUtc).Select(View)]))];
        }

        private static Raised View(SurveyFlag flag)
        {
            var plan = flag.ImprovementAction?.Area?.Plan ?? flag.ImprovementArea?.Plan;
            return new Raised(
                plan?.Organisation?.Code ?? string.Empty,
                plan?.Slug ?? string.Empty,
                flag.ImprovementAreaId,
                flag.ImprovementArea is { } area ? $"{area.DisplayCode} {area.Title}" : null,
                flag.ImprovementActionId,
                flag.ImprovementAction?.Code,
                flag.RaisedByName,
                flag.RaisedAtUtc,
                flag.Sources.Count);
        }

        private async Task<Comparison?> CompareAsync(Survey survey, List<SurveySection> rated, List<AreaRow> areas, CancellationToken cancellationToken)
        {
            var previous = await AnalysisData.PreviousAsync(db, survey, cancellationToken);
            if (previous is null)
            {
                return null;
            }

            var before = await AnalysisData.RatingsAsync(db, previous.Id, cancellationToken);
            var rows = rated.Select(section =>
            {
                var now = areas.Single(a => a.SectionId == section.Id).Overall;
                var (match, by) = Match(section, previous);
                return new ComparisonRow(
                    section.Id,
                    section.Title,
                    now,
                    match is null ? null : CellOf(previous, before.Where(r => r.SectionId == match.Id).Select(r => r.Rating)),
                    by);
            }).ToList();
            return new Comparison(previous.Id, previous.Title, previous.Year, before.Select(r => r.ReturnId).Distinct().Count(), rows);
        }

        /// <summary>The previous survey's section for the same governance area, else with the same title.</summary>
        private static (SurveySection? Section, string? By) Match(SurveySection section, Survey previous)
        {
            if (section.GovernanceAreaId is { } areaId && previous.Sections.FirstOrDefault(p => p.GovernanceAreaId == areaId) is { } byArea)
            {
                return (byArea, "governance area");
            }

            var byTitle = previous.Sections.FirstOrDefault(p => string.Equals(p.Title.Trim(), section.Title.Trim(), StringComparison.OrdinalIgnoreCase));
            return byTitle is null ? (null, null) : (byTitle, "title");
        }
    }
}

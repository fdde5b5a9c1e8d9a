using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys.Analysis;

/// <summary>The survey as the tracking, analysis, narrative, flag and export pages head themselves with.</summary>
public sealed record AnalysisHeading(
    int Id,
    string Title,
    ReportingYear Year,
    SurveyStatus Status,
    int OrganisationId,
    string OrganisationCode,
    string OrganisationName,
    IReadOnlyList<string> Scale,
    int FlagFrom)
{
    /// <summary>The rating word of a position on the scale ("Not rated" for none).</summary>
    public string Word(int? position) => position is { } p && p >= 0 && p < Scale.Count ? Scale[p] : "Not rated";
}

/// <summary>One submitted return's rating of one area: its worst rating on the section's rating questions.</summary>
public sealed record ReturnRating(int ReturnId, string? BusinessGroup, int SectionId, int Rating);

/// <summary>What the analysis pages share: the heading, and the ratings of the returns that count.</summary>
internal static class AnalysisData
{
    /// <summary>The statuses that count as returned, for use in queries (<see cref="ResponseRate.CountedStatuses"/>).</summary>
    public static IReadOnlyList<ReturnStatus> CountedStatuses => ResponseRate.CountedStatuses;

    /// <summary>The label business groups without one are shown and filtered under.</summary>
    public const string NoGroup = "No business group";

    /// <summary>The survey with its organisation (no sections or returns), as stored.</summary>
    public static async Task<Survey> SurveyAsync(GovernancePortalDbContext db, int surveyId, CancellationToken cancellationToken) =>
        await db.Surveys.AsNoTracking().Include(s => s.Organisation)
            .SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken)
            ?? throw new NotFoundException("There is no such survey.");

    public static AnalysisHeading Heading(Survey survey) => new(
        survey.Id, survey.Title, survey.Year, survey.Status, survey.OrganisationId, survey.Organisation!.Code, survey.Organisation.ShortName, survey.Scale, survey.FlagFrom);

    /// <summary>
    /// Every submitted return's rating of every area it rated (one per return and section: the worst of the
    /// section's rating questions, <see cref="RatingSummary.WorstOf"/>), read as a narrow projection.
    /// </summary>
    public static async Task<IReadOnlyList<ReturnRating>> RatingsAsync(GovernancePortalDbContext db, int surveyId, CancellationToken cancellationToken)
    {
        var counted = CountedStatuses.ToList();
        var rows = await db.ReturnSections.AsNoTracking()
            .Where(rs => rs.Return!.SurveyId == surveyId && counted.Contains(rs.Return.Status))
            .SelectMany(
                rs => rs.Answers.Where(a => a.Rating != null && a.Question!.Kind == QuestionKind.Rating),
                (rs, a) => new { rs.ReturnId, rs.Return!.BusinessGroup, rs.SectionId, a.Rating })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => (r.ReturnId, r.SectionId))
            .Select(g => new ReturnRating(g.Key.ReturnId, g.First().BusinessGroup, g.Key.SectionId, RatingSummary.WorstOf(g.Select(r => r.Rating))!.Value))];
    }

    /// <summary>The survey the analysis compares with: the one this was copied from, else the organisation's latest earlier year.</summary>
    public static async Task<Survey?> PreviousAsync(GovernancePortalDbContext db, Survey survey, CancellationToken cancellationToken)
    {
        if (survey.CopiedFromId is { } copied)
        {
            return await db.Surveys.AsNoTracking().Include(s => s.Sections).ThenInclude(s => s.GovernanceArea)
                .SingleOrDefaultAsync(s => s.Id == copied, cancellationToken);
        }

        var year = survey.Year;
        return await db.Surveys.AsNoTracking().Include(s => s.Sections).ThenInclude(s => s.GovernanceArea)
            .Where(s => s.OrganisationId == survey.OrganisationId && s.Year < year && s.Status != SurveyStatus.Draft)
            .OrderByDescending(s => s.Year)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public static string Group(string? businessGroup) => string.IsNullOrWhiteSpace(businessGroup) ? NoGroup : businessGroup;
}

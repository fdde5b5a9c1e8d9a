using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys;

/// <summary>
/// Shared by the governance team's survey-building use cases: loads a survey for a change (with its sections,
/// questions, earlier wordings and returns), expecting the version the user's form was read at. Every change to the
/// survey's structure or respondents goes through the survey's version, so two people building one survey see a
/// conflict instead of overwriting each other. Who may change it was checked before the handler ran.
/// </summary>
public static class SurveyEdits
{
    public const string ConflictMessage =
        "Someone else changed this survey after you opened the page. Check it as it is now, then try again: what you typed is still below.";

    public static async Task<Survey> ForChangeAsync(
        GovernancePortalDbContext db, int surveyId, Guid version, CancellationToken cancellationToken, Func<Survey, IReadOnlyDictionary<string, string?>>? currentValues = null)
    {
        var survey = await LoadAsync(db, surveyId, cancellationToken);
        db.ExpectVersion(survey, version, ConflictMessage, currentValues is null ? null : () => currentValues(survey));
        return survey;
    }

    /// <summary>The survey with everything its building pages touch, tracked; 404 when there is none.</summary>
    public static async Task<Survey> LoadAsync(GovernancePortalDbContext db, int surveyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Surveys.AsSplitQuery()
            .Include(s => s.Organisation)
            .Include(s => s.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Wordings)
            .Include(s => s.Returns).ThenInclude(r => r.Signatory)
            .Include(s => s.Returns).ThenInclude(r => r.Delegates).ThenInclude(d => d.Person)
            .Include(s => s.Returns).ThenInclude(r => r.Sections)
            .SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken)
            ?? throw new NotFoundException("There is no such survey.");
    }

    /// <summary>The section of the survey, or 404.</summary>
    public static SurveySection Section(Survey survey, int sectionId)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return survey.Sections.SingleOrDefault(s => s.Id == sectionId) ?? throw new NotFoundException("There is no such section in this survey.");
    }

    /// <summary>The question of the survey's section, or 404.</summary>
    public static SurveyQuestion Question(Survey survey, int sectionId, int questionId) =>
        Section(survey, sectionId).Questions.SingleOrDefault(q => q.Id == questionId) ?? throw new NotFoundException("There is no such question in this section.");

    /// <summary>A survey's heading on its pages: id, organisation, year, title and status.</summary>
    public static async Task<SurveyHeading> HeadingAsync(GovernancePortalDbContext db, int surveyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Surveys.AsNoTracking().Where(s => s.Id == surveyId)
            .Select(s => new SurveyHeading(s.Id, s.Organisation!.Code, s.Organisation.ShortName, s.Year, s.Title, s.Status, s.Version))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("There is no such survey.");
    }
}

/// <summary>What every survey page shows above its content.</summary>
public sealed record SurveyHeading(int Id, string OrganisationCode, string OrganisationShortName, Domain.Organisations.ReportingYear Year, string Title, SurveyStatus Status, Guid Version)
{
    public string Slug => OrganisationCode.ToLowerInvariant();

    public bool IsDraft => Status == SurveyStatus.Draft;
}

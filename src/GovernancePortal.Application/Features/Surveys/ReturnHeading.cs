using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Surveys;

namespace GovernancePortal.Application.Features.Surveys;

/// <summary>What every page of a return shows about it: survey, signatory, delegates, deadline, status and signature.</summary>
public sealed record ReturnHeading(
    int ReturnId,
    int SurveyId,
    string SurveyTitle,
    ReportingYear Year,
    string OrganisationCode,
    SurveyStatus SurveyStatus,
    string SignatoryName,
    string? BusinessGroup,
    IReadOnlyList<string> Delegates,
    DateOnly Today,
    DateOnly Deadline,
    bool IsOverdue,
    int DaysOverdue,
    ReturnStatus Status,
    string? SignedByName,
    string? SignedByRole,
    DateOnly? SignedOn,
    Guid Version)
{
    public bool IsSubmitted => Status == ReturnStatus.Submitted;

    /// <summary>Answers can be saved: the survey is issued and the return not signed.</summary>
    public bool IsOpenForAnswers => SurveyStatus == SurveyStatus.Issued && !IsSubmitted;

    public int DaysLeft => Deadline.DayNumber - Today.DayNumber;

    /// <summary>The return loaded with its survey, signatory and delegates.</summary>
    public static ReturnHeading Of(SurveyReturn r, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(r);
        var survey = r.Survey!;
        return new ReturnHeading(
            r.Id,
            survey.Id,
            survey.Title,
            survey.Year,
            survey.Organisation?.Code ?? string.Empty,
            survey.Status,
            r.Signatory!.DisplayName,
            r.BusinessGroup,
            [.. r.Delegates.Select(d => d.Person!.DisplayName).Order(StringComparer.CurrentCulture)],
            today,
            r.Deadline,
            r.IsOverdue(today),
            r.DaysOverdue(today),
            r.Status,
            r.SignedByName,
            r.SignedByRole,
            r.SignedOn,
            r.Version);
    }
}

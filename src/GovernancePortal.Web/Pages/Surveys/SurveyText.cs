using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Text;

namespace GovernancePortal.Web.Pages.Surveys;

/// <summary>How the survey pages write dates, deadlines and statuses.</summary>
public static class SurveyText
{

    public static string Date(DateOnly? date) => Application.Common.LongDate.Of(date) ?? "Not given";

    /// <summary>"1 December 2026 at 2:05pm" (the audit trail's format), or "Never".</summary>
    public static string DateTime(DateTime? utc) => utc is { } at ? Application.Features.Audit.AuditDisplay.When(at) : "Never";

    /// <summary>"due in 5 days", "due today", "overdue by 3 days" (the overdue rule is the domain's).</summary>
    public static string DeadlinePhrase(DateOnly deadline, DateOnly today, bool isOverdue, int daysOverdue) =>
        isOverdue
            ? $"overdue by {Plural.Of(daysOverdue, "day")}"
            : (deadline.DayNumber - today.DayNumber) switch
            {
                0 => "due today",
                var n when n > 0 => $"due in {Plural.Of(n, "day")}",
                _ => "past its deadline",
            };

    /// <summary>The GOV.UK tag colour of a return's status (the word is always printed).</summary>
    public static string StatusTag(ReturnStatus status) => status switch
    {
        ReturnStatus.Submitted => "govuk-tag--green",
        ReturnStatus.InProgress => "govuk-tag--light-blue",
        ReturnStatus.Reopened => "govuk-tag--orange",
        _ => "govuk-tag--grey",
    };
}

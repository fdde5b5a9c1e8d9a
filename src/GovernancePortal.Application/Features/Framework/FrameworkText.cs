using GovernancePortal.Domain.Framework;

namespace GovernancePortal.Application.Features.Framework;

/// <summary>How the kinds of area text are named on screen and in papers.</summary>
public static class FrameworkText
{
    public static string KindName(StatementKind kind) => kind switch
    {
        StatementKind.KeyControls => "Key controls to manage this activity",
        StatementKind.Commitment => "Commitments",
        StatementKind.ActivityDuringYear => "Activity during the year",
        StatementKind.IntendedActivity => "Intended activity over the next year",
        StatementKind.WorkingWell => "What is working well?",
        StatementKind.ResponseToLastYear => "How did we respond to last year's recommendations?",
        StatementKind.CouldBeImproved => "What could be improved?",
        _ => kind.ToString(),
    };

    /// <summary>Which document the text belongs to.</summary>
    public static string DocumentName(StatementKind kind) => IsCode(kind) ? "Code of Governance" : "Annual Governance Statement";

    /// <summary>Code of Governance text is carried into the next year; AGS review text is written afresh each year.</summary>
    public static bool IsCode(StatementKind kind) => kind is StatementKind.KeyControls or StatementKind.Commitment;

    /// <summary>
    /// The kinds an area of this style offers, in page order: a Met-style area its key controls and the AGS review of
    /// activity; a MOPAC-style (Code section) area its commitments and the AGS review questions of its principle.
    /// </summary>
    public static IReadOnlyList<StatementKind> KindsFor(bool codeSectionStyle) => codeSectionStyle
        ? [StatementKind.Commitment, StatementKind.WorkingWell, StatementKind.ResponseToLastYear, StatementKind.CouldBeImproved]
        : [StatementKind.KeyControls, StatementKind.ActivityDuringYear, StatementKind.IntendedActivity];

    /// <summary>
    /// Last year's text shown as a prompt while this year's is drafted: the intended activity for this year's activity;
    /// (MOPAC) what could be improved for the response to last year's recommendations.
    /// </summary>
    public static StatementKind? PromptFor(StatementKind kind) => kind switch
    {
        StatementKind.ActivityDuringYear => StatementKind.IntendedActivity,
        StatementKind.ResponseToLastYear => StatementKind.CouldBeImproved,
        _ => null,
    };

    /// <summary>The label of last year's prompt on the area page.</summary>
    public static string PromptName(StatementKind kind) => PromptFor(kind) switch
    {
        StatementKind.CouldBeImproved => "Last year's \"What could be improved?\"",
        _ => "Last year's intended activity",
    };

    /// <summary>"Key controls – Corporate risk register": a block's label in lists and history.</summary>
    public static string BlockLabel(StatementKind kind, string? subTopic) =>
        string.IsNullOrWhiteSpace(subTopic) ? KindName(kind) : $"{KindName(kind)} – {subTopic}";
}

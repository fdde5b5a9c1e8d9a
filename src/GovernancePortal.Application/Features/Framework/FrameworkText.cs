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
        _ => kind.ToString(),
    };

    /// <summary>Which document the text belongs to.</summary>
    public static string DocumentName(StatementKind kind) => IsCode(kind) ? "Code of Governance" : "Annual Governance Statement";

    /// <summary>Code of Governance text is carried into the next year; AGS review text is written afresh each year.</summary>
    public static bool IsCode(StatementKind kind) => kind is StatementKind.KeyControls or StatementKind.Commitment;

    /// <summary>The kinds an area of this style offers, in page order.</summary>
    public static IReadOnlyList<StatementKind> KindsFor(bool codeSectionStyle) => codeSectionStyle
        ? [StatementKind.Commitment, StatementKind.ActivityDuringYear, StatementKind.IntendedActivity]
        : [StatementKind.KeyControls, StatementKind.ActivityDuringYear, StatementKind.IntendedActivity];

    /// <summary>"Key controls – Corporate risk register": a block's label in lists and history.</summary>
    public static string BlockLabel(StatementKind kind, string? subTopic) =>
        string.IsNullOrWhiteSpace(subTopic) ? KindName(kind) : $"{KindName(kind)} – {subTopic}";
}

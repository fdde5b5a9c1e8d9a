using GovernancePortal.Domain.Papers;

namespace GovernancePortal.Application.Features.Papers;

/// <summary>The words the papers' pages use for kinds, statuses and what a section's generated content is.</summary>
public static class PaperWords
{
    /// <summary>"Annual Governance Statement", "Audit Panel cover report" (the words of <see cref="Templates.SectionContentText"/>).</summary>
    public static string Kind(PaperKind kind) => Templates.SectionContentText.Kind(kind);

    public static string Status(PaperStatus status) => status switch
    {
        PaperStatus.Draft => "Draft",
        PaperStatus.InReview => "In review",
        PaperStatus.Approved => "Approved",
        PaperStatus.Signed => "Signed",
        PaperStatus.Published => "Published",
        _ => status.ToString(),
    };

    /// <summary>The GOV.UK tag colour of a status.</summary>
    public static string StatusTagClass(PaperStatus status) => status switch
    {
        PaperStatus.Draft => "govuk-tag--grey",
        PaperStatus.InReview => "govuk-tag--blue",
        PaperStatus.Approved => "govuk-tag--turquoise",
        PaperStatus.Signed => "govuk-tag--purple",
        PaperStatus.Published => "govuk-tag--green",
        _ => string.Empty,
    };

    /// <summary>Words that start a heading, inside a sentence: "Key controls" → "key controls", but "SIC survey" stays.</summary>
    public static string InSentence(string words) =>
        words.Length == 0 || (words.Length > 1 && char.IsUpper(words[1])) ? words : char.ToLowerInvariant(words[0]) + words[1..];

    /// <summary>What a section's generated content is, in words ("Your text" for a fixed-text section).</summary>
    public static string Content(SectionContent content) => content == SectionContent.Text ? "Your text" : Templates.SectionContentText.Name(content);

    /// <summary>Where the data behind generated content is changed, in words (the page links to it).</summary>
    public static string WhereToChange(SectionContent content) => content switch
    {
        SectionContent.Text => "This section is only your text.",
        SectionContent.GovernanceFramework or SectionContent.KeyControls or SectionContent.AreaReview or SectionContent.PrincipleReview or SectionContent.ImprovementTable
            => "It comes from the governance framework's text for the year: change it on the framework pages.",
        SectionContent.GovernanceIssues or SectionContent.LastYearIssues or SectionContent.ProgressSummary or SectionContent.ProgressRag or SectionContent.SlippedActions or SectionContent.CompletedActions
            => "It comes from the improvement plan: change it on the improvement pages.",
        SectionContent.SurveyResults => "It comes from the year's SIC survey analysis.",
        SectionContent.AuditOpinion => "It comes from the internal audit opinion entered for the year.",
        SectionContent.Declaration => "It comes from the paper's signatories.",
        SectionContent.DocumentControl => "It comes from the paper's document control table.",
        SectionContent.Glossary => "It comes from the organisation's glossary.",
        SectionContent.Appendices => "It comes from the papers chosen as appendices.",
        _ => string.Empty,
    };
}

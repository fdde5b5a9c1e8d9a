using GovernancePortal.Domain.Papers;

namespace GovernancePortal.Application.Features.Papers;

/// <summary>The words the papers' pages use for kinds, statuses and what a section's generated content is.</summary>
public static class PaperWords
{
    public static string Kind(PaperKind kind) => kind switch
    {
        PaperKind.AnnualGovernanceStatement => "Annual Governance Statement",
        PaperKind.CodeOfGovernance => "Code of Governance",
        PaperKind.CoverReport => "Audit Panel cover report",
        PaperKind.ProgressReport => "Improvement plan progress report",
        _ => kind.ToString(),
    };

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

    /// <summary>What a section's generated content is, in words ("Your text" for a fixed-text section).</summary>
    public static string Content(SectionContent content) => content switch
    {
        SectionContent.Text => "Your text",
        SectionContent.GovernanceFramework => "The principles and their governance areas",
        SectionContent.KeyControls => "The key controls of each governance area",
        SectionContent.AreaReview => "Each area's activity during the year and intended activity",
        SectionContent.PrincipleReview => "Each principle's review: working well, response to last year, could be improved",
        SectionContent.ImprovementTable => "What could be improved, per principle",
        SectionContent.GovernanceIssues => "The improvement areas with their leads and actions",
        SectionContent.LastYearIssues => "How last year's issues were resolved",
        SectionContent.SurveyResults => "The SIC survey's response rate and ratings",
        SectionContent.AuditOpinion => "The internal audit opinion and recommendations",
        SectionContent.Declaration => "The signatories, their roles and dates signed",
        SectionContent.DocumentControl => "The document control table",
        SectionContent.Glossary => "The glossary of acronyms",
        SectionContent.Appendices => "The appended papers",
        SectionContent.ProgressSummary => "Summary counts of the plan's actions",
        SectionContent.ProgressRag => "RAG status per improvement area",
        SectionContent.SlippedActions => "Actions whose due date slipped",
        SectionContent.CompletedActions => "Actions completed since the previous report",
        _ => content.ToString(),
    };

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

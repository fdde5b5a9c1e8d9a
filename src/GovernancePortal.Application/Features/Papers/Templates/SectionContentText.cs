using GovernancePortal.Domain.Papers;

namespace GovernancePortal.Application.Features.Papers.Templates;

/// <summary>
/// The words for what fills a paper section (<see cref="SectionContent"/>), CIPFA's AGS elements
/// (<see cref="CipfaElement"/>), the kinds of paper and the audit opinion's levels and priorities: one place for every
/// page that shows or offers them (templates, the papers themselves, checks).
/// </summary>
public static class SectionContentText
{
    /// <summary>Every content kind, in the order the template form offers them.</summary>
    public static IReadOnlyList<SectionContent> All { get; } = Enum.GetValues<SectionContent>();

    /// <summary>Every kind of paper, in the order the pages list them.</summary>
    public static IReadOnlyList<PaperKind> Kinds { get; } = Enum.GetValues<PaperKind>();

    /// <summary>A short name: "Own text only", "Internal audit opinion".</summary>
    public static string Name(SectionContent content) => content switch
    {
        SectionContent.Text => "Own text only",
        SectionContent.GovernanceFramework => "Governance framework",
        SectionContent.KeyControls => "Key controls per area",
        SectionContent.AreaReview => "Review per governance area",
        SectionContent.PrincipleReview => "Review per principle",
        SectionContent.ImprovementTable => "Key improvement areas table",
        SectionContent.GovernanceIssues => "Significant governance issues",
        SectionContent.LastYearIssues => "Last year's issues",
        SectionContent.SurveyResults => "SIC survey results",
        SectionContent.AuditOpinion => "Internal audit opinion",
        SectionContent.Declaration => "Declaration and signatures",
        SectionContent.DocumentControl => "Document control",
        SectionContent.Glossary => "Glossary of acronyms",
        SectionContent.Appendices => "List of appendices",
        SectionContent.ProgressSummary => "Progress summary",
        SectionContent.ProgressRag => "RAG per improvement area",
        SectionContent.SlippedActions => "Slipped actions",
        SectionContent.CompletedActions => "Completed actions",
        SectionContent.PanelActions => "Actions from the previous Panel",
        SectionContent.RecommendationSummary => "External recommendations summary",
        _ => content.ToString(),
    };

    /// <summary>What fills the section after its own text, in words, e.g. for the template form's hints.</summary>
    public static string Describe(SectionContent content) => content switch
    {
        SectionContent.Text => "Only the section's own text, edited in the paper.",
        SectionContent.GovernanceFramework => "The principles, with the governance areas under each, from the framework of the year.",
        SectionContent.KeyControls => "For each governance area, its key controls (MOPAC: its commitments) for the year.",
        SectionContent.AreaReview => "For each governance area, the activity during the year and the activity intended over the next year.",
        SectionContent.PrincipleReview => "For each principle, what is working well, the response to last year and what could be improved.",
        SectionContent.ImprovementTable => "A table of what could be improved under each principle.",
        SectionContent.GovernanceIssues => "The improvement areas of the plan that follows the year, with their leads and actions.",
        SectionContent.LastYearIssues => "How last year's issues were resolved: the plan covering the year, with completed and carried-forward actions.",
        SectionContent.SurveyResults => "The year's SIC survey: the response rate and the rating of each area.",
        SectionContent.AuditOpinion => "The internal audit opinion for the year, with its recommendations, priorities and management responses.",
        SectionContent.Declaration => "The signatories with their roles and the dates they signed.",
        SectionContent.DocumentControl => "The document control table of the paper.",
        SectionContent.Glossary => "The organisation's glossary of acronyms.",
        SectionContent.Appendices => "The papers appended to a cover report, as \"Appendix 1 – …\".",
        SectionContent.ProgressSummary => "The summary counts of the improvement plan's actions.",
        SectionContent.ProgressRag => "The RAG rating of each improvement area, with the RAG rule printed.",
        SectionContent.SlippedActions => "Actions whose due date slipped, with the reasons recorded.",
        SectionContent.CompletedActions => "Actions completed since the previous report.",
        SectionContent.PanelActions => "The Audit Panel's open actions from earlier meetings, with the response to each.",
        SectionContent.RecommendationSummary => "Open external recommendations by strategic theme, source body, delivery route and status, with the number of reports.",
        _ => content.ToString(),
    };

    /// <summary>A CIPFA element in words.</summary>
    public static string Element(CipfaElement element) => CipfaElements.Describe(element);

    /// <summary>The elements a section covers, in CIPFA's order, in words; empty when none.</summary>
    public static IReadOnlyList<string> Elements(CipfaElement elements) =>
        [.. CipfaElements.All.Where(e => elements.HasFlag(e)).Select(CipfaElements.Describe)];

    /// <summary>"Annual Governance Statement", "Audit Panel cover report".</summary>
    public static string Kind(PaperKind kind) => kind switch
    {
        PaperKind.AnnualGovernanceStatement => "Annual Governance Statement",
        PaperKind.CodeOfGovernance => "Code of Governance",
        PaperKind.CoverReport => "Audit Panel cover report",
        PaperKind.ProgressReport => "Improvement plan progress report",
        _ => kind.ToString(),
    };

    /// <summary>The level of assurance in the words audit opinions use: "Substantial", "No assurance".</summary>
    public static string Level(AssuranceLevel level) => level switch
    {
        AssuranceLevel.Substantial => "Substantial",
        AssuranceLevel.Adequate => "Adequate",
        AssuranceLevel.Limited => "Limited",
        AssuranceLevel.NoAssurance => "No assurance",
        _ => level.ToString(),
    };

    /// <summary>What each level means, for the opinion form's hints.</summary>
    public static string DescribeLevel(AssuranceLevel level) => level switch
    {
        AssuranceLevel.Substantial => "A sound system of governance, risk management and control, with few minor weaknesses.",
        AssuranceLevel.Adequate => "An adequate and effective framework, with some improvements needed.",
        AssuranceLevel.Limited => "Significant gaps, weaknesses or non-compliance were identified.",
        AssuranceLevel.NoAssurance => "Immediate action is required to address fundamental gaps, weaknesses or non-compliance.",
        _ => level.ToString(),
    };

    public static string Priority(RecommendationPriority priority) => priority switch
    {
        RecommendationPriority.High => "High",
        RecommendationPriority.Medium => "Medium",
        RecommendationPriority.Low => "Low",
        _ => priority.ToString(),
    };
}

using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;

namespace GovernancePortal.Infrastructure.Seed;

/// <summary>The unnumbered opening sections of the house-format cover report (seeds 000, 001 and 002).</summary>
internal static class CoverHeadings
{
    public const string Summary = "Overall Summary of the Purpose of the Report";
    public const string KeyConsiderations = "Key Considerations for the Panel";
    public const string Interdependencies = "Interdependencies/Cross Cutting Issues";
    public const string Recommendations = "Recommendations";
}

/// <summary>
/// The seeded templates, section by section as the source papers print them, with the CIPFA elements each AGS section
/// really covers (the judgement calls are in Seed/Data/README.md, "Paper templates").
/// </summary>
internal sealed partial class PaperSeeder
{
    internal static IEnumerable<(Organisation Organisation, PaperKind Kind, IReadOnlyList<SectionDefinition> Sections)> TemplateDefinitions(Organisation met, Organisation mopac)
    {
        yield return (met, PaperKind.AnnualGovernanceStatement, MetAgsSections);
        yield return (met, PaperKind.CodeOfGovernance, MetCodeSections);
        yield return (met, PaperKind.CoverReport, CoverSections);
        yield return (met, PaperKind.ProgressReport, MetProgressSections);
        yield return (mopac, PaperKind.AnnualGovernanceStatement, MopacAgsSections);
        yield return (mopac, PaperKind.CodeOfGovernance, MopacCodeSections);
        yield return (mopac, PaperKind.CoverReport, CoverSections);
        yield return (mopac, PaperKind.ProgressReport, MopacProgressSections);
    }

    /// <summary>Seed 000, Appendix 1. Nothing in it says how the issues of the previous year's AGS were resolved.</summary>
    private static readonly SectionDefinition[] MetAgsSections =
    [
        S(null, "Introduction"),
        S("A", "Scope of responsibilities", elements: CipfaElement.AcknowledgementOfResponsibility),
        S("B", "Met strategy and challenges"),
        S("C", "The Governance Framework", SectionContent.GovernanceFramework),
        S("D", "Review of Met governance", SectionContent.AreaReview, CipfaElement.AssessmentOfKeyElements),
        S("E", "Governance issues and actions for 2017/18", SectionContent.GovernanceIssues, CipfaElement.ActionPlan),
        S("F", "Declaration", SectionContent.Declaration, CipfaElement.OpinionOnAssurance | CipfaElement.ConclusionAndCommitment),
        S(null, "Document control", SectionContent.DocumentControl),
        S("G", "Glossary of terms", SectionContent.Glossary),
    ];

    /// <summary>Seed 000, Appendix 2.</summary>
    private static readonly SectionDefinition[] MetCodeSections =
    [
        S(null, "Introduction"),
        S("A", "Scope of responsibilities"),
        S("B", "Operating Environment"),
        S("C", "The Governance Framework", SectionContent.GovernanceFramework),
        S("D", "Met governance", SectionContent.KeyControls),
        S(null, "Document control", SectionContent.DocumentControl),
        S("E", "Glossary of terms", SectionContent.Glossary),
    ];

    /// <summary>The house format of seeds 000 and 002: four unnumbered sections, then 1 (numbered paragraphs) to 7.</summary>
    private static readonly SectionDefinition[] CoverSections =
    [
        S(null, CoverHeadings.Summary),
        S(null, CoverHeadings.KeyConsiderations),
        S(null, CoverHeadings.Interdependencies),
        S(null, CoverHeadings.Recommendations),
        S("1", "Supporting Information", numbered: true),
        S("2", "Equality and Diversity Impact"),
        S("3", "Financial Implications"),
        S("4", "Legal Implications"),
        S("5", "Risk Implications"),
        S("6", "Contact Details"),
        S("7", "Appendices and Background Papers", SectionContent.Appendices),
    ];

    /// <summary>
    /// Seed 001: the house format, its introduction (summary to supporting information) followed by the plan's live
    /// progress, then the implications and contact details (seed 001 lists no appendices).
    /// </summary>
    private static readonly SectionDefinition[] MetProgressSections =
    [
        S(null, CoverHeadings.Summary),
        S(null, CoverHeadings.KeyConsiderations),
        S(null, CoverHeadings.Interdependencies),
        S(null, CoverHeadings.Recommendations),
        S("1", "Supporting Information", numbered: true),
        S(null, "Progress summary", SectionContent.ProgressSummary),
        S(null, "Progress by improvement area", SectionContent.ProgressRag),
        S(null, "Actions with revised due dates", SectionContent.SlippedActions),
        S(null, "Actions completed since the last report", SectionContent.CompletedActions),
        S("2", "Equality and Diversity Impact"),
        S("3", "Financial Implications"),
        S("4", "Legal Implications"),
        S("5", "Risk Implications"),
        S("6", "Contact Details"),
    ];

    /// <summary>
    /// Seed 002, Appendix A. Section 4 answers "How did we respond to last year's recommendations?" for every principle,
    /// so it covers how last year's issues were resolved as well as the assessment. Its appendices 1–4 are text sections.
    /// </summary>
    private static readonly SectionDefinition[] MopacAgsSections =
    [
        S("1", "Introduction"),
        S("2", "Scope of Responsibilities", elements: CipfaElement.AcknowledgementOfResponsibility),
        S("3", "Governance provisions - Governance Framework, Code of Governance and Governance Arrangements"),
        S("4", "Review against the Framework 2018/2019", SectionContent.PrincipleReview, CipfaElement.AssessmentOfKeyElements | CipfaElement.LastYearIssuesResolved),
        S("5", "Reviewing the effectiveness of MOPAC's governance arrangements", elements: CipfaElement.AssessmentOfKeyElements),
        S("6", "Governance issues for improvement", SectionContent.AuditOpinion),
        S(null, "Governance Improvement Plan 2019/20", SectionContent.ImprovementTable, CipfaElement.ActionPlan),
        S("7", "Identification of further governance improvement initiatives in 2019/20"),
        S("8", "Statement of Assurance", SectionContent.Declaration, CipfaElement.OpinionOnAssurance | CipfaElement.ConclusionAndCommitment),
        S(null, "Appendix 1 – Governance Arrangements"),
        S(null, "Appendix 2 – Victims Commissioner"),
        S(null, "Appendix 3 – Violence Reduction Unit (VRU)"),
        S(null, "Appendix 4 – Independent Panels"),
    ];

    /// <summary>Seed 003.</summary>
    private static readonly SectionDefinition[] MopacCodeSections =
    [
        S("1", "Introduction"),
        S("2", "Governance"),
        S("3", "Context"),
        S("4", "Code of governance", SectionContent.KeyControls),
        S("5", "Arrangements for the review of the Code of governance"),
    ];

    /// <summary>No MOPAC progress report is in the seeds: an introduction and the plan's live progress.</summary>
    private static readonly SectionDefinition[] MopacProgressSections =
    [
        S(null, "Introduction"),
        S(null, "Progress summary", SectionContent.ProgressSummary),
        S(null, "Progress by improvement area", SectionContent.ProgressRag),
        S(null, "Actions with revised due dates", SectionContent.SlippedActions),
        S(null, "Actions completed since the last report", SectionContent.CompletedActions),
    ];

    private static SectionDefinition S(string? code, string heading, SectionContent content = SectionContent.Text, CipfaElement elements = CipfaElement.None, bool numbered = false) =>
        new(code, heading, content, elements, numbered, null);
}

namespace GovernancePortal.Domain.Papers;

/// <summary>The papers the governance team produces for the Audit Panel.</summary>
public enum PaperKind
{
    /// <summary>The Annual Governance Statement of one reporting year.</summary>
    AnnualGovernanceStatement,

    /// <summary>The Code of Governance as it stands for one reporting year.</summary>
    CodeOfGovernance,

    /// <summary>The Audit Panel cover report in the house format, with other papers as its appendices.</summary>
    CoverReport,

    /// <summary>An improvement-plan progress report, from the plan's live data.</summary>
    ProgressReport,
}

/// <summary>Where a paper is in its workflow: draft → in review → approved → signed → published.</summary>
public enum PaperStatus
{
    Draft,

    /// <summary>Reviewers comment per section; the drafters may still edit.</summary>
    InReview,

    /// <summary>The checks passed and the text is frozen; waiting for signatures (or publication when nobody signs).</summary>
    Approved,

    /// <summary>Every signatory has signed.</summary>
    Signed,

    /// <summary>Final: the paper is visible to everyone who reads papers, and never changes again.</summary>
    Published,
}

/// <summary>
/// What fills a section after its own (edited) text. <see cref="Text"/> sections are only their text; the others are
/// generated from live data each time the paper is shown or printed, so the paper never keeps a second copy of it.
/// </summary>
public enum SectionContent
{
    /// <summary>Only the section's own text, edited in the portal.</summary>
    Text,

    /// <summary>The principles with the governance areas under each (the Met's 14 areas under the principles).</summary>
    GovernanceFramework,

    /// <summary>Code of Governance: per area its key controls (or MOPAC's commitments) for the year.</summary>
    KeyControls,

    /// <summary>AGS review per area: activity during the year and intended activity over the next year.</summary>
    AreaReview,

    /// <summary>AGS review per principle: what is working well, the response to last year, what could be improved.</summary>
    PrincipleReview,

    /// <summary>Per principle, what could be improved (the key improvement areas table).</summary>
    ImprovementTable,

    /// <summary>The improvement areas (with their leads and actions) of the plan that follows the year.</summary>
    GovernanceIssues,

    /// <summary>How last year's issues were resolved: the plan covering the year, completed and carried-forward actions.</summary>
    LastYearIssues,

    /// <summary>The year's SIC survey: response rate and the rating of each area.</summary>
    SurveyResults,

    /// <summary>The internal audit opinion for the year and its recommendations with priority and management response.</summary>
    AuditOpinion,

    /// <summary>The signatories with their roles and the dates they signed.</summary>
    Declaration,

    /// <summary>The document control table.</summary>
    DocumentControl,

    /// <summary>The organisation's glossary of acronyms.</summary>
    Glossary,

    /// <summary>Cover report: the papers appended to it, as "Appendix 1 – …".</summary>
    Appendices,

    /// <summary>Progress report: the summary counts of the plan's actions.</summary>
    ProgressSummary,

    /// <summary>Progress report: RAG per area with the RAG rule printed.</summary>
    ProgressRag,

    /// <summary>Progress report: actions whose due date slipped, with the reasons from the ledger.</summary>
    SlippedActions,

    /// <summary>Progress report: actions completed since the previous report.</summary>
    CompletedActions,

    /// <summary>Cover report: the Panel's open actions (matters arising) from earlier meetings, with their responses.</summary>
    PanelActions,

    /// <summary>The external recommendations register: open recommendations by theme, source, delivery route and status.</summary>
    RecommendationSummary,
}

/// <summary>
/// CIPFA's required elements of an Annual Governance Statement. A template section says which it covers; the checks
/// before approval require each to be covered by a section with content.
/// </summary>
[Flags]
public enum CipfaElement
{
    None = 0,

    /// <summary>An acknowledgement of responsibility for ensuring there is a sound system of governance.</summary>
    AcknowledgementOfResponsibility = 1,

    /// <summary>An assessment of the key elements of the governance framework (the review of effectiveness).</summary>
    AssessmentOfKeyElements = 2,

    /// <summary>An opinion on the level of assurance the arrangements provide.</summary>
    OpinionOnAssurance = 4,

    /// <summary>An agreed action plan for the significant governance issues.</summary>
    ActionPlan = 8,

    /// <summary>How the issues raised in the previous year's statement have been resolved.</summary>
    LastYearIssuesResolved = 16,

    /// <summary>A conclusion and a commitment to monitor implementation as part of the next annual review.</summary>
    ConclusionAndCommitment = 32,
}

public static class CipfaElements
{
    /// <summary>The six elements, in CIPFA's order.</summary>
    public static IReadOnlyList<CipfaElement> All { get; } =
    [
        CipfaElement.AcknowledgementOfResponsibility,
        CipfaElement.AssessmentOfKeyElements,
        CipfaElement.OpinionOnAssurance,
        CipfaElement.ActionPlan,
        CipfaElement.LastYearIssuesResolved,
        CipfaElement.ConclusionAndCommitment,
    ];

    public static string Describe(CipfaElement element) => element switch
    {
        CipfaElement.AcknowledgementOfResponsibility => "Acknowledgement of responsibility for a sound system of governance",
        CipfaElement.AssessmentOfKeyElements => "An assessment of the key elements of the governance framework",
        CipfaElement.OpinionOnAssurance => "An opinion on the level of assurance the governance arrangements provide",
        CipfaElement.ActionPlan => "An agreed action plan for the significant governance issues",
        CipfaElement.LastYearIssuesResolved => "How last year's governance issues have been resolved",
        CipfaElement.ConclusionAndCommitment => "A conclusion and a commitment to monitor implementation",
        _ => element.ToString(),
    };
}

using GovernancePortal.Domain.Papers;

namespace GovernancePortal.Application.Features.Papers.Templates;

/// <summary>
/// The sections a new template starts with, per kind of paper: the usual shape of each paper (the CIPFA elements for
/// the AGS, the house format for the cover report), to be renamed, reordered or removed on the templates page.
/// </summary>
public static class DefaultTemplates
{
    private const CipfaElement None = CipfaElement.None;

    public static IReadOnlyList<SectionDefinition> For(PaperKind kind) => kind switch
    {
        PaperKind.AnnualGovernanceStatement =>
        [
            new("1", "Scope of responsibility", SectionContent.Text, CipfaElement.AcknowledgementOfResponsibility, false, null),
            new("2", "The purpose of the governance framework", SectionContent.Text, None, false, null),
            new("3", "The governance framework", SectionContent.GovernanceFramework, CipfaElement.AssessmentOfKeyElements, false, null),
            new("4", "Review of effectiveness", SectionContent.AreaReview, CipfaElement.AssessmentOfKeyElements, false, null),
            new("5", "Results of the SIC survey", SectionContent.SurveyResults, None, false, null),
            new("6", "Internal audit opinion", SectionContent.AuditOpinion, CipfaElement.OpinionOnAssurance, false, null),
            new("7", "Progress on last year's governance issues", SectionContent.LastYearIssues, CipfaElement.LastYearIssuesResolved, false, null),
            new("8", "Significant governance issues", SectionContent.GovernanceIssues, CipfaElement.ActionPlan, false, null),
            new("9", "Conclusion", SectionContent.Declaration, CipfaElement.ConclusionAndCommitment, false, null),
            new(null, "Glossary", SectionContent.Glossary, None, false, null),
            new(null, "Document control", SectionContent.DocumentControl, None, false, null),
        ],
        PaperKind.CodeOfGovernance =>
        [
            new("1", "Introduction", SectionContent.Text, None, false, null),
            new("2", "Principles of good governance", SectionContent.GovernanceFramework, None, false, null),
            new("3", "Key controls", SectionContent.KeyControls, None, false, null),
            new(null, "Glossary", SectionContent.Glossary, None, false, null),
            new(null, "Document control", SectionContent.DocumentControl, None, false, null),
        ],
        PaperKind.CoverReport =>
        [
            new("1", "Summary", SectionContent.Text, None, true, null),
            new("2", "Recommendations", SectionContent.Text, None, true, null),
            new("3", "Actions from the previous Panel", SectionContent.PanelActions, None, false, null),
            new("4", "Supporting information", SectionContent.Text, None, true, null),
            new("5", "Equality and diversity impact", SectionContent.Text, None, true, null),
            new("6", "Financial implications", SectionContent.Text, None, true, null),
            new("7", "Legal implications", SectionContent.Text, None, true, null),
            new(null, "Appendices", SectionContent.Appendices, None, false, null),
        ],
        PaperKind.ProgressReport =>
        [
            new("1", "Summary of progress", SectionContent.ProgressSummary, None, false, null),
            new("2", "Progress by improvement area", SectionContent.ProgressRag, None, false, null),
            new("3", "Actions whose due date changed", SectionContent.SlippedActions, None, false, null),
            new("4", "Actions completed", SectionContent.CompletedActions, None, false, null),
            new("5", "External recommendations", SectionContent.RecommendationSummary, None, false, null),
        ],
        _ => [new("1", "Introduction", SectionContent.Text, None, false, null)],
    };
}

using GovernancePortal.Application.Security;

namespace GovernancePortal.Web.Security;

/// <summary>Who may open a page: anyone, any signed-in user, or holders of a permission (for some organisation).</summary>
public sealed record PageRule(PageRuleKind Kind, Permission? Permission = null)
{
    public static PageRule Anonymous { get; } = new(PageRuleKind.Anonymous);

    public static PageRule SignedIn { get; } = new(PageRuleKind.SignedIn);

    public static PageRule Requires(Permission permission) => new(PageRuleKind.Permission, permission);

    public override string ToString() => Kind == PageRuleKind.Permission ? Permission!.Value.ToString() : Kind.ToString();
}

public enum PageRuleKind
{
    Anonymous,
    SignedIn,
    Permission,
}

/// <summary>
/// Every page of the portal and the rule that guards it, in one place. A page without an entry stops the app from
/// starting (see <see cref="PageAccessConvention"/>), so no page can be added without deciding who may open it. The
/// page-level rule admits users who hold the permission for at least one organisation; handlers then check the
/// organisation of the record (AccessMatrix.Demand), so one organisation never sees another's unpublished data.
/// </summary>
public static class PageAccess
{
    public static IReadOnlyDictionary<string, PageRule> Pages { get; } = new Dictionary<string, PageRule>(StringComparer.Ordinal)
    {
        // Anyone
        ["/Account/SignIn"] = PageRule.Anonymous,
        ["/Account/AccessDenied"] = PageRule.Anonymous,
        ["/Account/NotSetUp"] = PageRule.Anonymous,
        ["/Error"] = PageRule.Anonymous,
        ["/Accessibility"] = PageRule.Anonymous,
        ["/Cookies"] = PageRule.Anonymous,

        // Any signed-in user
        ["/Index"] = PageRule.SignedIn,
        ["/Account/SignOut"] = PageRule.SignedIn,
        ["/Account/ChangePassword"] = PageRule.SignedIn,
        ["/Account/Sessions"] = PageRule.SignedIn,

        // Framework: browse, areas, text, years, search (handlers check the organisation and draft/published year)
        ["/Framework/Index"] = PageRule.Requires(Permission.ViewFramework),
        ["/Framework/Year"] = PageRule.Requires(Permission.ViewFramework),
        ["/Framework/Search"] = PageRule.Requires(Permission.ViewFramework),
        ["/Framework/Areas/Details"] = PageRule.Requires(Permission.ViewFramework),
        ["/Framework/Areas/Create"] = PageRule.Requires(Permission.EditFramework),
        ["/Framework/Areas/Edit"] = PageRule.Requires(Permission.EditFramework),
        ["/Framework/Text/Create"] = PageRule.Requires(Permission.EditFramework),
        ["/Framework/Text/Edit"] = PageRule.Requires(Permission.EditFramework),
        ["/Framework/Years"] = PageRule.Requires(Permission.EditFramework),

        // History and audit
        ["/History/Index"] = PageRule.Requires(Permission.ViewHistory),
        ["/Admin/Audit/Index"] = PageRule.Requires(Permission.ViewAuditLog),
        ["/Admin/Audit/Export"] = PageRule.Requires(Permission.ViewAuditLog),

        // Administration
        ["/Admin/Users/Index"] = PageRule.Requires(Permission.ManageUsers),
        ["/Admin/Users/Create"] = PageRule.Requires(Permission.ManageUsers),
        ["/Admin/Users/Edit"] = PageRule.Requires(Permission.ManageUsers),
        ["/Admin/Users/Sessions"] = PageRule.Requires(Permission.ManageUsers),

        // Framework: people, principles, proposals. Reading needs ViewFramework; changing needs EditFramework, and the
        // handlers check it for the organisation in the URL. Leads propose text for their own areas only
        // (ProposeFrameworkText, checked against the area's senior leads); the governance team decides (EditFramework).
        ["/Framework/People/Index"] = PageRule.Requires(Permission.ViewFramework),
        ["/Framework/People/Create"] = PageRule.Requires(Permission.EditFramework),
        ["/Framework/People/Edit"] = PageRule.Requires(Permission.EditFramework),
        ["/Framework/People/ChangeHolder"] = PageRule.Requires(Permission.EditFramework),
        ["/Framework/Principles/Index"] = PageRule.Requires(Permission.ViewFramework),
        ["/Framework/Principles/Edit"] = PageRule.Requires(Permission.EditFramework),
        ["/Framework/MyAreas/Index"] = PageRule.Requires(Permission.ProposeFrameworkText),
        ["/Framework/Proposals/Propose"] = PageRule.Requires(Permission.ProposeFrameworkText),
        ["/Framework/Proposals/Index"] = PageRule.Requires(Permission.EditFramework),
        ["/Framework/Proposals/Details"] = PageRule.Requires(Permission.EditFramework),

        // Improvement plan: everyone with ViewImprovementPlan reads plans, the register and actions; owners report
        // progress and completion, and ask for new due dates, on their own actions (handlers check the action's owner
        // is the user's person); the governance team runs the plan, reviews updates and decides date requests;
        // completion is verified by the governance team or internal audit (VerifyActionCompletion). Handlers check
        // the organisation of the plan or action.
        ["/Improvement/Index"] = PageRule.Requires(Permission.ViewImprovementPlan),
        ["/Improvement/Plan"] = PageRule.Requires(Permission.ViewImprovementPlan),
        ["/Improvement/Register"] = PageRule.Requires(Permission.ViewImprovementPlan),
        ["/Improvement/Export"] = PageRule.Requires(Permission.ViewImprovementPlan),
        ["/Improvement/Actions/Details"] = PageRule.Requires(Permission.ViewImprovementPlan),
        ["/Improvement/MyActions"] = PageRule.Requires(Permission.ReportActionProgress),
        ["/Improvement/Actions/Update"] = PageRule.Requires(Permission.ReportActionProgress),
        ["/Improvement/Actions/ReportComplete"] = PageRule.Requires(Permission.ReportActionProgress),
        ["/Improvement/Actions/RequestDate"] = PageRule.Requires(Permission.ReportActionProgress),
        ["/Improvement/Actions/Create"] = PageRule.Requires(Permission.ManageImprovementPlan),
        ["/Improvement/Actions/Edit"] = PageRule.Requires(Permission.ManageImprovementPlan),
        ["/Improvement/Actions/ReviseDate"] = PageRule.Requires(Permission.ManageImprovementPlan),
        ["/Improvement/Actions/DateRequest"] = PageRule.Requires(Permission.ManageImprovementPlan),
        ["/Improvement/Actions/Rag"] = PageRule.Requires(Permission.ManageImprovementPlan),
        ["/Improvement/Actions/Close"] = PageRule.Requires(Permission.ManageImprovementPlan),
        ["/Improvement/Actions/Review"] = PageRule.Requires(Permission.VerifyActionCompletion),
        ["/Improvement/Reviews"] = PageRule.Requires(Permission.VerifyActionCompletion),
        ["/Improvement/RequestUpdates"] = PageRule.Requires(Permission.ManageImprovementPlan),
        ["/Improvement/CarryForward"] = PageRule.Requires(Permission.ManageImprovementPlan),
        ["/Improvement/Settings"] = PageRule.Requires(Permission.ManageImprovementPlan),
        ["/Improvement/CreatePlan"] = PageRule.Requires(Permission.ManageImprovementPlan),
        ["/Improvement/Areas/Create"] = PageRule.Requires(Permission.ManageImprovementPlan),
        ["/Improvement/Areas/Edit"] = PageRule.Requires(Permission.ManageImprovementPlan),
        ["/Improvement/Areas/Assess"] = PageRule.Requires(Permission.ManageImprovementPlan),
        ["/Improvement/Import/Index"] = PageRule.Requires(Permission.ManageImprovementPlan),
        ["/Improvement/Import/Preview"] = PageRule.Requires(Permission.ManageImprovementPlan),

        // Statement of Internal Control survey. The governance team builds and issues it and runs the returns
        // (ManageSurveys); the governance team and internal audit read surveys, tracking, returns and the analysis
        // (ViewSurveyAnalysis); senior leads complete the returns they sign or draft as delegates (CompleteSurvey,
        // and the handlers check the return names them). Handlers check the survey's organisation.
        ["/Surveys/Index"] = PageRule.Requires(Permission.ViewSurveyAnalysis),
        ["/Surveys/Create"] = PageRule.Requires(Permission.ManageSurveys),
        ["/Surveys/Details"] = PageRule.Requires(Permission.ViewSurveyAnalysis),
        ["/Surveys/Settings"] = PageRule.Requires(Permission.ManageSurveys),
        ["/Surveys/Issue"] = PageRule.Requires(Permission.ManageSurveys),
        ["/Surveys/Close"] = PageRule.Requires(Permission.ManageSurveys),
        ["/Surveys/Sections/Create"] = PageRule.Requires(Permission.ManageSurveys),
        ["/Surveys/Sections/Edit"] = PageRule.Requires(Permission.ManageSurveys),
        ["/Surveys/Questions/Create"] = PageRule.Requires(Permission.ManageSurveys),
        ["/Surveys/Questions/Edit"] = PageRule.Requires(Permission.ManageSurveys),
        ["/Surveys/Respondents/Index"] = PageRule.Requires(Permission.ManageSurveys),
        ["/Surveys/Respondents/Upload"] = PageRule.Requires(Permission.ManageSurveys),
        ["/Surveys/Respondents/Preview"] = PageRule.Requires(Permission.ManageSurveys),
        ["/Surveys/Respondents/Edit"] = PageRule.Requires(Permission.ManageSurveys),
        ["/Surveys/Tracking"] = PageRule.Requires(Permission.ViewSurveyAnalysis),
        ["/Surveys/Returns/Details"] = PageRule.Requires(Permission.ViewSurveyAnalysis),
        ["/Surveys/Returns/Reopen"] = PageRule.Requires(Permission.ManageSurveys),
        ["/Surveys/Returns/Interview"] = PageRule.Requires(Permission.ManageSurveys),
        ["/Surveys/Analysis/Index"] = PageRule.Requires(Permission.ViewSurveyAnalysis),
        ["/Surveys/Analysis/Narrative"] = PageRule.Requires(Permission.ViewSurveyAnalysis),
        ["/Surveys/Flags/Raise"] = PageRule.Requires(Permission.ManageSurveys),
        ["/Surveys/Export"] = PageRule.Requires(Permission.ViewSurveyAnalysis),
        ["/Surveys/MySurveys"] = PageRule.Requires(Permission.CompleteSurvey),
        ["/Surveys/Complete/Index"] = PageRule.Requires(Permission.CompleteSurvey),
        ["/Surveys/Complete/Section"] = PageRule.Requires(Permission.CompleteSurvey),
        ["/Surveys/Complete/Check"] = PageRule.Requires(Permission.CompleteSurvey),
        ["/Surveys/Complete/Sign"] = PageRule.Requires(Permission.CompleteSurvey),

        // Audit Panel papers: published papers for every reader of papers; drafts, versions and comments for reviewers;
        // drafting and the workflow for the governance team (handlers check the organisation and the paper's status)
        ["/Papers/Index"] = PageRule.Requires(Permission.ViewPapers),
        ["/Papers/Details"] = PageRule.Requires(Permission.ViewPapers),
        ["/Papers/Preview"] = PageRule.Requires(Permission.ViewPapers),
        ["/Papers/Download"] = PageRule.Requires(Permission.ViewPapers),
        ["/Papers/Create"] = PageRule.Requires(Permission.ManagePapers),
        ["/Papers/Edit"] = PageRule.Requires(Permission.ManagePapers),
        ["/Papers/Sections/Edit"] = PageRule.Requires(Permission.ManagePapers),
        ["/Papers/Sections/Comments"] = PageRule.Requires(Permission.ReviewPapers),
        ["/Papers/Checks"] = PageRule.Requires(Permission.ReviewPapers),
        ["/Papers/Submit"] = PageRule.Requires(Permission.ManagePapers),
        ["/Papers/Approve"] = PageRule.Requires(Permission.ManagePapers),
        ["/Papers/Sign"] = PageRule.Requires(Permission.ManagePapers),
        ["/Papers/Publish"] = PageRule.Requires(Permission.ManagePapers),
        ["/Papers/Return"] = PageRule.Requires(Permission.ManagePapers),
        ["/Papers/Signatories"] = PageRule.Requires(Permission.ManagePapers),
        ["/Papers/DocumentControl"] = PageRule.Requires(Permission.ManagePapers),
        ["/Papers/Appendices"] = PageRule.Requires(Permission.ManagePapers),
        ["/Papers/Versions/Index"] = PageRule.Requires(Permission.ReviewPapers),
        ["/Papers/Versions/Compare"] = PageRule.Requires(Permission.ReviewPapers),
        ["/Papers/Glossary/Index"] = PageRule.Requires(Permission.ReviewPapers),
        ["/Papers/Glossary/Create"] = PageRule.Requires(Permission.ManagePapers),
        ["/Papers/Glossary/Edit"] = PageRule.Requires(Permission.ManagePapers),
        ["/Papers/Opinions/Index"] = PageRule.Requires(Permission.ReviewPapers),
        ["/Papers/Opinions/Edit"] = PageRule.Requires(Permission.ManagePapers),
        ["/Papers/Opinions/Recommendation"] = PageRule.Requires(Permission.ManagePapers),
        ["/Papers/Templates/Index"] = PageRule.Requires(Permission.ManagePapers),
        ["/Papers/Templates/Section"] = PageRule.Requires(Permission.ManagePapers),

        // Recommendations register, part D: bulk import and export (handlers check the organisation)
        ["/Recommendations/Import/Index"] = PageRule.Requires(Permission.ManageRecommendations),
        ["/Recommendations/Import/Preview"] = PageRule.Requires(Permission.ManageRecommendations),
        ["/Recommendations/Export"] = PageRule.Requires(Permission.ViewRecommendations),
        // Audit Panel workspace, part A (the panel, meetings, agenda front sheet, Panel actions): every role reads it;
        // the governance teams run it (for their own organisation's Panel actions).
        ["/Panel/Index"] = PageRule.Requires(Permission.ViewPanel),
        ["/Panel/Edit"] = PageRule.Requires(Permission.ManagePanel),
        ["/Panel/Meetings/Create"] = PageRule.Requires(Permission.ManagePanel),
        ["/Panel/Meetings/Details"] = PageRule.Requires(Permission.ViewPanel),
        ["/Panel/Meetings/Edit"] = PageRule.Requires(Permission.ManagePanel),
        ["/Panel/Meetings/Attendees"] = PageRule.Requires(Permission.ManagePanel),
        ["/Panel/Meetings/Agenda"] = PageRule.Requires(Permission.ManagePanel),
        ["/Panel/Meetings/Held"] = PageRule.Requires(Permission.ManagePanel),
        ["/Panel/Meetings/FrontSheet"] = PageRule.Requires(Permission.ViewPanel),
        ["/Panel/Actions/Index"] = PageRule.Requires(Permission.ViewPanel),
        ["/Panel/Actions/Create"] = PageRule.Requires(Permission.ManagePanel),
        ["/Panel/Actions/Edit"] = PageRule.Requires(Permission.ManagePanel),
        ["/Panel/Actions/Respond"] = PageRule.Requires(Permission.ManagePanel),
        // Audit Panel, part B: publishing papers to meetings, publications, questions, snapshots (the use cases check the organisation).
        ["/Panel/Meetings/Publish"] = PageRule.Requires(Permission.ManagePanel),
        ["/Panel/Meetings/Changes"] = PageRule.Requires(Permission.ViewPanel),
        ["/Panel/Meetings/Dashboard"] = PageRule.Requires(Permission.ViewPanel),
        ["/Panel/Publications/Details"] = PageRule.Requires(Permission.ViewPanel),
        ["/Panel/Publications/Download"] = PageRule.Requires(Permission.ViewPanel),
        ["/Panel/Publications/Correct"] = PageRule.Requires(Permission.ManagePanel),
        ["/Panel/Questions/Ask"] = PageRule.Requires(Permission.AskPanelQuestions),
        ["/Panel/Questions/Answer"] = PageRule.Requires(Permission.ManagePanel),
        // External recommendations register (part C): every role reads the register, summary, reports and a
        // recommendation; the governance team manages its own organisation's register and decides closure; owners
        // (senior leads whose post owns the recommendation) and the governance team start work and propose closure
        // (the handlers check the owner and the organisation).
        ["/Recommendations/Index"] = PageRule.Requires(Permission.ViewRecommendations),
        ["/Recommendations/Summary"] = PageRule.Requires(Permission.ViewRecommendations),
        ["/Recommendations/Details"] = PageRule.Requires(Permission.ViewRecommendations),
        ["/Recommendations/Reports/Index"] = PageRule.Requires(Permission.ViewRecommendations),
        ["/Recommendations/Start"] = PageRule.Requires(Permission.ProposeRecommendationClosure),
        ["/Recommendations/ProposeClosure"] = PageRule.Requires(Permission.ProposeRecommendationClosure),
        ["/Recommendations/Create"] = PageRule.Requires(Permission.ManageRecommendations),
        ["/Recommendations/Edit"] = PageRule.Requires(Permission.ManageRecommendations),
        ["/Recommendations/DecideClosure"] = PageRule.Requires(Permission.ManageRecommendations),
        ["/Recommendations/Reopen"] = PageRule.Requires(Permission.ManageRecommendations),
        ["/Recommendations/Links"] = PageRule.Requires(Permission.ManageRecommendations),
        ["/Recommendations/Reports/Edit"] = PageRule.Requires(Permission.ManageRecommendations),
        ["/Recommendations/Settings"] = PageRule.Requires(Permission.ManageRecommendations),
    };

    /// <summary>Pages anyone may open without signing in.</summary>
    public static IEnumerable<string> AnonymousPages => Pages.Where(p => p.Value.Kind == PageRuleKind.Anonymous).Select(p => p.Key);

    public static PageRule For(string viewEnginePath) =>
        Pages.TryGetValue(viewEnginePath, out var rule)
            ? rule
            : throw new InvalidOperationException(
                $"The page {viewEnginePath} has no entry in Security/PageAccess.cs. Decide who may open it and add it there.");

    /// <summary>The authorization policy name for a permission.</summary>
    public static string PolicyName(Permission permission) => "permission:" + permission;
}

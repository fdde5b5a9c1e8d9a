using GovernancePortal.Application.Common;
using GovernancePortal.Infrastructure.Identity;

namespace GovernancePortal.Application.Security;

/// <summary>What a user may do. Pages name one permission each (Web/Security/PageAccess); handlers check its scope.</summary>
public enum Permission
{
    /// <summary>Read the published framework (principles, areas, text of published years).</summary>
    ViewFramework,

    /// <summary>Read the framework's draft (unpublished) years.</summary>
    ViewDraftFramework,

    /// <summary>Change the framework: principles, areas, people, text; open and publish years; decide proposals.</summary>
    EditFramework,

    /// <summary>Propose wording for the areas the user leads.</summary>
    ProposeFrameworkText,

    /// <summary>See the change history of a record.</summary>
    ViewHistory,

    /// <summary>See and export the whole audit log, account events included.</summary>
    ViewAuditLog,

    /// <summary>Create accounts and set roles and organisations.</summary>
    ManageUsers,

    /// <summary>Read improvement plans, their actions, RAG ratings, updates and slippage ledger; export the register.</summary>
    ViewImprovementPlan,

    /// <summary>Report progress on (and completion of) improvement actions: leads for the actions they own.</summary>
    ReportActionProgress,

    /// <summary>Run the improvement plan: actions, dates, RAG overrides, closure, update requests, carry-forward, import, settings; accept or return progress updates.</summary>
    ManageImprovementPlan,

    /// <summary>Verify or reject an owner's report that an action is complete (the second key of closure).</summary>
    VerifyActionCompletion,

    /// <summary>Complete the SIC returns the user signs or drafts as a delegate (handlers check the return names them).</summary>
    CompleteSurvey,

    /// <summary>Read surveys, tracking, every return and the analysis (heat map, narrative, flags, comparison); export returns.</summary>
    ViewSurveyAnalysis,

    /// <summary>Run the SIC survey: build, issue, respondents, reminders, reopen returns, interview notes, turn flags into improvement actions.</summary>
    ManageSurveys,

    /// <summary>Read and download published Audit Panel papers (AGS, Code, cover and progress reports).</summary>
    ViewPapers,

    /// <summary>Read papers before publication, compare their versions and comment on their sections in review.</summary>
    ReviewPapers,

    /// <summary>Draft papers: templates, sections, glossary, audit opinion, signatories; send for review, approve, record signatures, publish.</summary>
    ManagePapers,

    /// <summary>Read the Audit Panel workspace: the panel, meetings, papers published to them, questions, matters arising, snapshots and changes since the last Panel.</summary>
    ViewPanel,

    /// <summary>Ask questions on papers published to a meeting, before the meeting (Panel members).</summary>
    AskPanelQuestions,

    /// <summary>Run the Audit Panel workspace: the panel record, meetings, agendas, attendance, matters arising; publish papers to meetings and correct them; answer questions.</summary>
    ManagePanel,

    /// <summary>Read the external recommendations register, its summaries and exports.</summary>
    ViewRecommendations,

    /// <summary>Propose closure of a recommendation with evidence (leads for the recommendations they own).</summary>
    ProposeRecommendationClosure,

    /// <summary>Run the recommendations register: reports, recommendations, themes and sources, import, links; accept or reject closure; reopen.</summary>
    ManageRecommendations,
}

/// <summary>For which organisations a role grants a permission.</summary>
public enum AccessScope
{
    None,

    /// <summary>Only the organisations the user works for.</summary>
    OwnOrganisations,

    /// <summary>Every organisation.</summary>
    AllOrganisations,
}

/// <summary>
/// The authorization matrix: role × permission → scope (own organisations or all). The single source of truth for who
/// may do what; docs/security.md prints it and the authorization-matrix tests check every page against it.
/// </summary>
public static class AccessMatrix
{
    private const AccessScope Own = AccessScope.OwnOrganisations;
    private const AccessScope All = AccessScope.AllOrganisations;

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<Permission, AccessScope>> Grants { get; } =
        new Dictionary<string, IReadOnlyDictionary<Permission, AccessScope>>(StringComparer.Ordinal)
        {
            [AppRoles.Administrator] = new Dictionary<Permission, AccessScope>
            {
                [Permission.ViewFramework] = All,
                [Permission.ViewHistory] = All,
                [Permission.ViewAuditLog] = All,
                [Permission.ManageUsers] = All,
                [Permission.ViewImprovementPlan] = All,
                [Permission.ViewPapers] = All,
                [Permission.ViewPanel] = All,
                [Permission.ViewRecommendations] = All,
            },
            [AppRoles.GovernanceTeam] = new Dictionary<Permission, AccessScope>
            {
                [Permission.ViewFramework] = All,
                [Permission.ViewDraftFramework] = Own,
                [Permission.EditFramework] = Own,
                [Permission.ViewHistory] = Own,
                [Permission.ViewImprovementPlan] = All,
                [Permission.ReportActionProgress] = Own,
                [Permission.ManageImprovementPlan] = Own,
                [Permission.VerifyActionCompletion] = Own,
                [Permission.CompleteSurvey] = Own,
                [Permission.ViewSurveyAnalysis] = Own,
                [Permission.ManageSurveys] = Own,
                [Permission.ViewPapers] = All,
                [Permission.ReviewPapers] = Own,
                [Permission.ManagePapers] = Own,
                [Permission.ViewPanel] = All,
                [Permission.ManagePanel] = Own,
                [Permission.ViewRecommendations] = All,
                [Permission.ProposeRecommendationClosure] = Own,
                [Permission.ManageRecommendations] = Own,
            },
            [AppRoles.SeniorLead] = new Dictionary<Permission, AccessScope>
            {
                [Permission.ViewFramework] = All,
                [Permission.ViewDraftFramework] = Own,
                [Permission.ProposeFrameworkText] = Own,
                [Permission.ViewImprovementPlan] = All,
                [Permission.ReportActionProgress] = Own,
                [Permission.CompleteSurvey] = Own,
                [Permission.ViewPapers] = All,
                [Permission.ReviewPapers] = Own,
                [Permission.ViewPanel] = All,
                [Permission.ViewRecommendations] = All,
                [Permission.ProposeRecommendationClosure] = Own,
            },
            [AppRoles.PanelMember] = new Dictionary<Permission, AccessScope>
            {
                [Permission.ViewFramework] = All,
                [Permission.ViewImprovementPlan] = All,
                [Permission.ViewPapers] = All,
                [Permission.ViewPanel] = All,
                [Permission.AskPanelQuestions] = All,
                [Permission.ViewRecommendations] = All,
            },
            [AppRoles.Auditor] = new Dictionary<Permission, AccessScope>
            {
                [Permission.ViewFramework] = All,
                [Permission.ViewDraftFramework] = Own,
                [Permission.ViewHistory] = Own,
                [Permission.ViewAuditLog] = All,
                [Permission.ViewImprovementPlan] = All,
                [Permission.VerifyActionCompletion] = Own,
                [Permission.ViewSurveyAnalysis] = Own,
                [Permission.ViewPapers] = All,
                [Permission.ReviewPapers] = Own,
                [Permission.ViewPanel] = All,
                [Permission.ViewRecommendations] = All,
            },
        };

    /// <summary>The widest scope any of the user's roles grants for the permission.</summary>
    public static AccessScope ScopeFor(ICurrentUser user, Permission permission)
    {
        ArgumentNullException.ThrowIfNull(user);
        var scope = AccessScope.None;
        foreach (var (role, grants) in Grants)
        {
            if (user.IsInRole(role) && grants.TryGetValue(permission, out var granted) && granted > scope)
            {
                scope = granted;
            }
        }

        return scope;
    }

    /// <summary>True when the user holds the permission for at least one organisation (the page-level check).</summary>
    public static bool AllowsAny(ICurrentUser user, Permission permission) => ScopeFor(user, permission) != AccessScope.None;

    /// <summary>True when the user holds the permission for the organisation with this code.</summary>
    public static bool Allows(ICurrentUser user, Permission permission, string organisationCode)
    {
        ArgumentNullException.ThrowIfNull(user);
        return ScopeFor(user, permission) switch
        {
            AccessScope.AllOrganisations => true,
            AccessScope.OwnOrganisations => user.OrganisationCodes.Contains(organisationCode, StringComparer.OrdinalIgnoreCase),
            _ => false,
        };
    }

    /// <summary>May the user read this year of the organisation's framework?</summary>
    public static bool CanViewYear(ICurrentUser user, string organisationCode, bool published) =>
        Allows(user, published ? Permission.ViewFramework : Permission.ViewDraftFramework, organisationCode)
        || Allows(user, Permission.EditFramework, organisationCode);

    /// <summary>Throws <see cref="ForbiddenException"/> unless the user holds the permission for the organisation.</summary>
    public static void Demand(ICurrentUser user, Permission permission, string organisationCode)
    {
        if (!Allows(user, permission, organisationCode))
        {
            throw new ForbiddenException($"You do not have permission to {Describe(permission)} for {organisationCode}.");
        }
    }

    public static string Describe(Permission permission) => permission switch
    {
        Permission.ViewFramework => "view the governance framework",
        Permission.ViewDraftFramework => "view draft years of the governance framework",
        Permission.EditFramework => "change the governance framework",
        Permission.ProposeFrameworkText => "propose governance text",
        Permission.ViewHistory => "view change history",
        Permission.ViewAuditLog => "view the audit log",
        Permission.ManageUsers => "manage user accounts",
        Permission.ViewImprovementPlan => "view the improvement plan",
        Permission.ReportActionProgress => "report progress on improvement actions",
        Permission.ManageImprovementPlan => "manage the improvement plan",
        Permission.VerifyActionCompletion => "verify completed improvement actions",
        Permission.CompleteSurvey => "complete Statement of Internal Control returns",
        Permission.ViewSurveyAnalysis => "view the Statement of Internal Control survey and its analysis",
        Permission.ManageSurveys => "run the Statement of Internal Control survey",
        Permission.ViewPapers => "read Audit Panel papers",
        Permission.ReviewPapers => "read and comment on draft Audit Panel papers",
        Permission.ManagePapers => "draft Audit Panel papers",
        Permission.ViewPanel => "see the Audit Panel workspace",
        Permission.AskPanelQuestions => "ask questions on Audit Panel papers",
        Permission.ManagePanel => "run the Audit Panel workspace",
        Permission.ViewRecommendations => "view the recommendations register",
        Permission.ProposeRecommendationClosure => "propose closure of recommendations",
        Permission.ManageRecommendations => "manage the recommendations register",
        _ => permission.ToString(),
    };
}

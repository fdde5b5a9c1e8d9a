using GovernancePortal.Application.Features.Admin.Users;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.Web.Forms;

namespace GovernancePortal.Web.Pages.Admin.Users;

/// <summary>The role and organisation choices shown on the create and edit user pages.</summary>
public static class UserChoices
{
    /// <summary>What an auditor may do: read, and verify completion as the second key of closure (docs/security.md).</summary>
    public const string AuditorHint =
        "Internal and external audit: reads the framework, improvement plan, change history and audit log, and can verify "
        + "(or reject) completed improvement actions for their organisations, as the second key of closure. Changes nothing else.";

    public static IReadOnlyList<ChoiceItem> Roles { get; } =
    [
        new(AppRoles.Administrator, "Administrator", "Manages accounts, roles and organisations"),
        new(AppRoles.GovernanceTeam, "Governance team", "Strategy & Governance staff who run the governance cycle"),
        new(AppRoles.SeniorLead, "Senior lead", "Completes the Statement of Internal Control and updates their improvement actions"),
        new(AppRoles.PanelMember, "Audit Panel member", "Reads published papers and progress reports"),
        new(AppRoles.Auditor, "Auditor", AuditorHint),
    ];

    public static IReadOnlyList<ChoiceItem> Organisations(IEnumerable<ListOrganisations.Option> organisations) =>
        [.. organisations.Select(o => new ChoiceItem(o.Code, o.Name))];
}

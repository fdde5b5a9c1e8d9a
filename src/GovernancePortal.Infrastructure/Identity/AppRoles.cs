namespace GovernancePortal.Infrastructure.Identity;

/// <summary>The portal's roles. A user may hold several.</summary>
public static class AppRoles
{
    /// <summary>Manages accounts, roles and organisations.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Strategy &amp; Governance staff: run the cycle for their organisation(s).</summary>
    public const string GovernanceTeam = "GovernanceTeam";

    /// <summary>Senior leads: complete SIC surveys, update the actions they own.</summary>
    public const string SeniorLead = "SeniorLead";

    /// <summary>Audit Panel members: read published papers and progress reports.</summary>
    public const string PanelMember = "PanelMember";

    /// <summary>Internal or external auditors: read-only access to the framework, plans and evidence.</summary>
    public const string Auditor = "Auditor";

    public static IReadOnlyList<string> All { get; } = [Administrator, GovernanceTeam, SeniorLead, PanelMember, Auditor];

    public static string DisplayName(string role) => role switch
    {
        GovernanceTeam => "Governance team",
        SeniorLead => "Senior lead",
        PanelMember => "Audit Panel member",
        _ => role,
    };
}

/// <summary>Claim types the portal adds to a signed-in user.</summary>
public static class AppClaimTypes
{
    /// <summary>One claim per organisation the user works for; the value is the organisation code (MPS, MOPAC).</summary>
    public const string Organisation = "gp:org";

    public const string DisplayName = "gp:name";

    /// <summary>The server-side session this request belongs to (<see cref="UserSession.Id"/>).</summary>
    public const string Session = "gp:sid";
}

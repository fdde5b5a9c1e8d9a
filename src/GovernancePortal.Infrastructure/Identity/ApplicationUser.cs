using GovernancePortal.Domain.Organisations;
using Microsoft.AspNetCore.Identity;

namespace GovernancePortal.Infrastructure.Identity;

/// <summary>A sign-in account. Roles say what the user may do; organisations say whose data they work on.</summary>
public class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 200;

    public required string DisplayName { get; set; }

    /// <summary>A disabled account cannot sign in and its existing sessions end at the next request.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set when an administrator chose the password: the user must choose their own at next sign-in.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>
    /// Signs in only through single sign-on (OpenID Connect): the account has no local password and the password form
    /// refuses it. Set by an administrator.
    /// </summary>
    public bool RequiresSso { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? LastSignInAtUtc { get; set; }

    public List<UserOrganisation> Organisations { get; set; } = [];
}

/// <summary>Links an account to an organisation whose data it works on.</summary>
public class UserOrganisation
{
    public required string UserId { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }
}

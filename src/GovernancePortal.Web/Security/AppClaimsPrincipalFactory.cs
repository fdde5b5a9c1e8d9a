using System.Security.Claims;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovernancePortal.Web.Security;

/// <summary>Adds the user's organisations, display name and "must change password" flag to the sign-in cookie.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    GovernancePortalDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    public const string MustChangePasswordClaim = "gp:must-change-password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaimTypes.DisplayName, user.DisplayName));
        var organisations = await db.UserOrganisations.AsNoTracking()
            .Where(o => o.UserId == user.Id)
            .Select(o => o.Organisation!.Code)
            .ToListAsync();
        identity.AddClaims(organisations.Select(code => new Claim(AppClaimTypes.Organisation, code)));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }

        return identity;
    }
}

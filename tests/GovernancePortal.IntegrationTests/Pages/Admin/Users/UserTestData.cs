using GovernancePortal.Application.Features.Admin.Users;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Admin.Users;

/// <summary>Accounts the user administration tests create for themselves (never the demo accounts they change).</summary>
public static class UserTestData
{
    public const string Password = "a long enough password";

    public static string NewEmail(string prefix = "user") => $"{prefix}-{Guid.NewGuid():N}@example.org";

    /// <summary>A senior lead of the Met with <see cref="Password"/>; returns the account's id.</summary>
    public static Task<string> NewUserAsync(this PortalFactory portal, string email, bool mustChange = false, string displayName = "Test User")
    {
        ArgumentNullException.ThrowIfNull(portal);
        return portal.SendAsync(new CreateUser.Command(email, displayName, Password, [AppRoles.SeniorLead], ["MPS"], mustChange));
    }
}

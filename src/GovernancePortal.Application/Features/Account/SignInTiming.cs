using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GovernancePortal.Application.Features.Account;

/// <summary>
/// A real PBKDF2 hash of a random password, checked when there is no hash to check (an unknown e-mail address, a
/// locked or disabled account), so every refusal costs the same. Shared by <see cref="SignIn"/> and the web app's
/// sign-in manager.
/// </summary>
public static class SignInTiming
{
    private static readonly Lazy<string> Hash = new(() =>
        new PasswordHasher<ApplicationUser>(Options.Create(new PasswordHasherOptions { IterationCount = IdentitySetup.PasswordHashIterations }))
            .HashPassword(new ApplicationUser { DisplayName = "none" }, Guid.NewGuid().ToString()));

    public static string DummyHash => Hash.Value;
}

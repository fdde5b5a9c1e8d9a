using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace GovernancePortal.Application.Features.Account;

/// <summary>
/// A real hash of a random password, made once by the app's own hasher (so with its PBKDF2 settings: 210 000
/// iterations), checked when there is no hash to check (an unknown e-mail address, a locked or disabled account), so
/// every refusal costs the same as a wrong password. Shared by <see cref="SignIn"/> and the web app's sign-in manager.
/// </summary>
public static class SignInTiming
{
    private static string? _hash;

    public static string DummyHash(IPasswordHasher<ApplicationUser> hasher)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        return LazyInitializer.EnsureInitialized(ref _hash, () => hasher.HashPassword(new ApplicationUser { DisplayName = "none" }, Guid.NewGuid().ToString()));
    }
}

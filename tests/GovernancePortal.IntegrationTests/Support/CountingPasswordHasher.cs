using System.Collections.Concurrent;
using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GovernancePortal.IntegrationTests.Support;

/// <summary>
/// The test hosts' password hasher: Identity's own, counting how often each account's hash is checked, so a test can
/// show that a refused sign-in did the same work as a wrong password (without timing anything).
/// </summary>
public sealed class CountingPasswordHasher(IOptions<PasswordHasherOptions> options) : IPasswordHasher<ApplicationUser>
{
    private static readonly ConcurrentDictionary<string, int> Verifications = new(StringComparer.OrdinalIgnoreCase);

    private readonly PasswordHasher<ApplicationUser> _inner = new(options);

    /// <summary>How many times the hash of the account with this e-mail address has been checked.</summary>
    public static int VerificationsFor(string email) => Verifications.TryGetValue(email, out var count) ? count : 0;

    public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Email is { } email)
        {
            Verifications.AddOrUpdate(email, 1, (_, count) => count + 1);
        }

        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

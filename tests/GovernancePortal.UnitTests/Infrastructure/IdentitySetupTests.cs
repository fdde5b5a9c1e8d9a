using System.Buffers.Binary;
using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.UnitTests.Infrastructure;

/// <summary>The app's password hashing as registered (test hosts hash with fewer iterations; this is the real figure).</summary>
public sealed class IdentitySetupTests
{
    [Fact]
    public void AddGovernancePortalIdentityCore_HashingAPassword_UsesPbkdf2WithHmacSha512At210000Iterations()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGovernancePortalIdentityCore();
        using var provider = services.BuildServiceProvider();
        var hasher = provider.GetRequiredService<IPasswordHasher<ApplicationUser>>();

        var hash = Convert.FromBase64String(hasher.HashPassword(new ApplicationUser { DisplayName = "Test" }, "a long enough passphrase"));

        // Identity's version 3 format: 0x01, the PRF (2 = HMAC-SHA512), the iteration count, big-endian.
        Assert.Equal(0x01, hash[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1, 4)));
        Assert.Equal((uint)IdentitySetup.PasswordHashIterations, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)));
        Assert.Equal(210_000, IdentitySetup.PasswordHashIterations);
    }
}

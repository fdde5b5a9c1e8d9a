using GovernancePortal.Infrastructure.Identity;

namespace GovernancePortal.UnitTests.Infrastructure;

public sealed class PasswordPolicyValidatorTests
{
    private static readonly ApplicationUser User = new() { DisplayName = "Alex", Email = "alex.morgan@example.org" };

    private static async Task<string[]> ErrorsFor(string password) =>
        [.. (await new PasswordPolicyValidator().ValidateAsync(null!, User, password)).Errors.Select(e => e.Code)];

    [Fact]
    public async Task Validate_LongPassphrase_Succeeds() =>
        Assert.Empty(await ErrorsFor("walrus toaster meadow lantern"));

    [Theory]
    [InlineData("password1234")]
    [InlineData("PASSWORD1234")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("my-alex.morgan-password")]
    public async Task Validate_GuessablePassword_IsRefused(string password) =>
        Assert.Contains("PasswordTooCommon", await ErrorsFor(password));

    [Fact]
    public async Task Validate_OverLongPassword_IsRefused() =>
        Assert.Contains("PasswordTooLong", await ErrorsFor(new string('x', 100) + new string('y', 100) + new string('z', 100)));
}

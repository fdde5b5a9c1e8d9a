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
    [InlineData("password12345678")]
    [InlineData("abcabcabcabc")]
    [InlineData("qwertyuiop12")]
    [InlineData("metpolice2024")]
    [InlineData("alexmorgan1234")]
    [InlineData("my-alex.morgan-password")]
    public async Task Validate_GuessablePassword_IsRefused(string password) =>
        Assert.Contains("PasswordTooCommon", await ErrorsFor(password));

    [Fact]
    public async Task Validate_CommonPassword_SaysWhyInWords()
    {
        var result = await new PasswordPolicyValidator().ValidateAsync(null!, User, "password12345678");
        Assert.Equal("Choose a password that is harder to guess: it is, or contains, one of the most common passwords. Use 3 or more random words", Assert.Single(result.Errors).Description);
    }

    [Theory]
    [InlineData("coffee train fish")]
    [InlineData("correct horse battery staple")]
    public async Task Validate_ThreeRandomWords_Succeeds(string password) =>
        Assert.Empty(await ErrorsFor(password));

    [Fact]
    public async Task Validate_OverLongPassword_IsRefused() =>
        Assert.Contains("PasswordTooLong", await ErrorsFor(new string('x', 100) + new string('y', 100) + new string('z', 100)));
}

using System.Net;
using GovernancePortal.Application.Features.Users;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Account;

[Collection(SqliteCollection.Name)]
public sealed class ChangePasswordTests(SqlitePortal portal)
{
    private const string Password = "first walrus lantern password";

    private async Task<string> NewUserAsync()
    {
        var email = $"password-{Guid.NewGuid():N}@example.org";
        await portal.SendAsync(new CreateUserCommand(email, "Password Test", Password, [AppRoles.Auditor], [], MustChangePassword: false));
        return email;
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_SaysSo()
    {
        var email = await NewUserAsync();
        using var client = portal.NewClient();
        await client.SignInOrFailAsync(email, Password);

        var (response, document) = await client.SubmitFormAsync("/account/change-password",
        [
            new("Input.CurrentPassword", "not my password"),
            new("Input.NewPassword", "second orchestra meadow passphrase"),
            new("Input.ConfirmNewPassword", "second orchestra meadow passphrase"),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Your current password is incorrect"], document.ErrorSummary());
    }

    [Theory]
    [InlineData("password12345678")]
    [InlineData("abcabcabcabc")]
    public async Task ChangePassword_EasilyGuessedPassword_IsRefusedWithAClearMessage(string password)
    {
        var email = await NewUserAsync();
        using var client = portal.NewClient();
        await client.SignInOrFailAsync(email, Password);

        var (response, document) = await client.SubmitFormAsync("/account/change-password",
        [
            new("Input.CurrentPassword", Password),
            new("Input.NewPassword", password),
            new("Input.ConfirmNewPassword", password),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Choose a password that is harder to guess: ", Assert.Single(document.ErrorSummary()), StringComparison.Ordinal);
        using var fresh = portal.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.SignInAsync(email, Password)).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_Success_EndsOtherSessionsButKeepsThisOne()
    {
        var email = await NewUserAsync();
        using var laptop = portal.NewClient();
        using var phone = portal.NewClient();
        await laptop.SignInOrFailAsync(email, Password);
        await phone.SignInOrFailAsync(email, Password);

        var (changed, _) = await laptop.SubmitFormAsync("/account/change-password",
        [
            new("Input.CurrentPassword", Password),
            new("Input.NewPassword", "second orchestra meadow passphrase"),
            new("Input.ConfirmNewPassword", "second orchestra meadow passphrase"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        using var fresh = portal.NewClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await fresh.SignInAsync(email, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.SignInAsync(email, "second orchestra meadow passphrase")).StatusCode);
    }
}

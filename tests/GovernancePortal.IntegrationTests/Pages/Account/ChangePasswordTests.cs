using System.Net;
using AngleSharp.Dom;
using System.Text.Json;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Account;

/// <summary>/account/change-password through the real sign-in form and password hashing.</summary>
[Collection(SqliteCollection.Name)]
public sealed class ChangePasswordTests(SqlitePortal portal)
{
    private const string NewPassword = "second orchestra meadow passphrase";

    private async Task<(string Email, HttpClient Client)> SignedInNewUserAsync()
    {
        var email = await portal.NewAccountAsync("password", AppRoles.Auditor);
        var client = portal.NewClient();
        await client.SignInOrFailAsync(email, AccountTestData.Password);
        return (email, client);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_SaysSo()
    {
        var (_, client) = await SignedInNewUserAsync();
        using var _ = client;

        var (response, document) = await client.SubmitFormAsync("/account/change-password",
        [
            new("Input.CurrentPassword", "not my password"),
            new("Input.NewPassword", NewPassword),
            new("Input.ConfirmNewPassword", NewPassword),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Your current password is incorrect"], document.ErrorSummary());
    }

    [Theory]
    [InlineData("password12345678")]
    [InlineData("abcabcabcabc")]
    public async Task ChangePassword_EasilyGuessedPassword_IsRefusedWithAClearMessage(string password)
    {
        var (email, client) = await SignedInNewUserAsync();
        using var _ = client;

        var (response, document) = await client.SubmitFormAsync("/account/change-password",
        [
            new("Input.CurrentPassword", AccountTestData.Password),
            new("Input.NewPassword", password),
            new("Input.ConfirmNewPassword", password),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Choose a password that is harder to guess: ", Assert.Single(document.ErrorSummary()), StringComparison.Ordinal);
        using var fresh = portal.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.SignInAsync(email, AccountTestData.Password)).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_Success_EndsOtherSessionsButKeepsThisOne()
    {
        var (email, laptop) = await SignedInNewUserAsync();
        using var _ = laptop;
        using var phone = portal.NewClient();
        await phone.SignInOrFailAsync(email, AccountTestData.Password);

        var (changed, _) = await laptop.SubmitFormAsync("/account/change-password",
        [
            new("Input.CurrentPassword", AccountTestData.Password),
            new("Input.NewPassword", NewPassword),
            new("Input.ConfirmNewPassword", NewPassword),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/", changed.Headers.Location?.OriginalString);
        var (home, homePage) = await laptop.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Your password has been changed", homePage.QuerySelector(".govuk-notification-banner--success")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        using var fresh = portal.NewClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await fresh.SignInAsync(email, AccountTestData.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.SignInAsync(email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task ChangePasswordAndSignOut_WriteEventsAndPasswordWithoutValues()
    {
        var (email, client) = await SignedInNewUserAsync();
        using var _ = client;
        var id = await portal.AccountIdAsync(email);
        const string newPassword = "a brand new audited password";
        var (changed, _) = await client.SubmitFormAsync("/account/change-password",
            [new("Input.CurrentPassword", AccountTestData.Password), new("Input.NewPassword", newPassword), new("Input.ConfirmNewPassword", newPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var (_, home) = await client.GetPageAsync("/");
        var (response, _) = await RenderedForm.ForElement(client, "/", home.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("form[action='/account/sign-out']")!).SubmitAsync();
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var events = await portal.EntriesAsync(q => q.Where(a => a.EntityType == "Account" && a.EntityKey == id));
        Assert.Equal([AuditAction.SignedIn, AuditAction.PasswordChanged, AuditAction.SignedOut], events.Select(e => e.Action));

        var update = Assert.Single(await portal.EntriesAsync(q => q.Where(a => a.EntityType == nameof(ApplicationUser) && a.EntityKey == id && a.Action == AuditAction.Update)));
        using var json = JsonDocument.Parse(update.Changes);
        Assert.Equal("(changed)", json.RootElement.GetProperty("Password").GetProperty("old").GetString());
        Assert.Equal("(changed)", json.RootElement.GetProperty("Password").GetProperty("new").GetString());
        Assert.Equal(["Password"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }
}

using System.Net;
using AngleSharp.Dom;
using System.Text.Json;
using AngleSharp.Html.Dom;
using GovernancePortal.Application.Features.Admin.Users;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Pages.Admin.Audit;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Admin.Users;

/// <summary>/admin/users/create: the form as rendered, its validation, and the new account's first sign-in.</summary>
[Collection(SqliteCollection.Name)]
public sealed class CreateTests(SqlitePortal portal)
{
    [Fact]
    public async Task Create_InvalidInput_ShowsErrorsAndKeepsWhatWasTyped()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var (response, document) = await client.SubmitFormAsync("/admin/users/create",
        [
            new("Input.DisplayName", "Jo <script>alert(1)</script> Bloggs"),
            new("Input.Email", "not-an-email"),
            new("Input.Password", "short"),
            new("Input.Roles", AppRoles.GovernanceTeam),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
        [
            "Enter an email address in the correct format, like name@example.org",
            "Password must be 12 characters or more",
            "Select the organisation this user works for",
        ], document.ErrorSummary());
        Assert.Equal("Jo <script>alert(1)</script> Bloggs", document.QuerySelector<IHtmlInputElement>("#Input_DisplayName")?.Value);
        Assert.Empty(document.QuerySelectorAll("main script"));
        Assert.Equal("not-an-email", document.QuerySelector<IHtmlInputElement>("#Input_Email")?.Value);
        Assert.True(string.IsNullOrEmpty(document.QuerySelector<IHtmlInputElement>("#Input_Password")?.Value));
        var checkedRoles = document.QuerySelectorAll<IHtmlInputElement>("input[name='Input.Roles']").Where(i => i.IsChecked).Select(i => i.Value);
        Assert.Equal([AppRoles.GovernanceTeam], checkedRoles);
        Assert.Equal("#Input_Organisations", document.QuerySelector(".govuk-error-summary__list li:last-child a")?.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("#Input_Organisations"));
    }

    [Theory]
    [InlineData("password12345678")]
    [InlineData("abcabcabcabc")]
    public async Task Create_EasilyGuessedPassword_IsRefusedWithAClearMessage(string password)
    {
        var email = UserTestData.NewEmail();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var (response, document) = await client.SubmitFormAsync("/admin/users/create",
        [
            new("Input.DisplayName", "Guessable Password"),
            new("Input.Email", email),
            new("Input.Password", password),
            new("Input.Roles", AppRoles.PanelMember),
            new("Input.Organisations", "MPS"),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single(document.ErrorSummary());
        Assert.StartsWith("Choose a password that is harder to guess: ", message, StringComparison.Ordinal);
        Assert.Equal(message, document.FieldError("Input_Password"));
        Assert.Equal(email, document.QuerySelector<IHtmlInputElement>("#Input_Email")?.Value);
    }

    [Fact]
    public async Task CreatePage_AuditorRole_HintSaysTheyCanVerifyCompletion()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var (_, document) = await client.GetPageAsync("/admin/users/create");

        var item = document.QuerySelectorAll(".govuk-checkboxes__item").Single(i => i.QuerySelector("input")?.GetAttribute("value") == AppRoles.Auditor);
        var hint = item.QuerySelector(".govuk-checkboxes__hint")?.TextContent ?? string.Empty;
        Assert.DoesNotContain("read-only", hint, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("verify", hint, StringComparison.Ordinal);
        Assert.Contains("second key of closure", hint, StringComparison.Ordinal);
        Assert.Equal("/admin/users", document.QuerySelector("a.govuk-back-link")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Create_ExistingEmail_SaysSo()
    {
        var existing = UserTestData.NewEmail();
        await portal.NewUserAsync(existing);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var (response, document) = await client.SubmitFormAsync("/admin/users/create",
        [
            new("Input.DisplayName", "Duplicate"),
            new("Input.Email", existing),
            new("Input.Password", UserTestData.Password),
            new("Input.Roles", AppRoles.PanelMember),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["An account with this email address already exists"], document.ErrorSummary());
    }

    [Fact]
    public async Task Create_ValidUser_MustChooseOwnPasswordAtFirstSignIn()
    {
        var email = UserTestData.NewEmail();
        using (var admin = await portal.SignedInAsync(PortalFactory.Accounts.Admin))
        {
            var (created, _) = await admin.SubmitFormAsync("/admin/users/create",
            [
                new("Input.DisplayName", "New Governance Officer"),
                new("Input.Email", email),
                new("Input.Password", UserTestData.Password),
                new("Input.Roles", AppRoles.GovernanceTeam),
                new("Input.Organisations", "MOPAC"),
            ]);
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            Assert.StartsWith("/admin/users/edit/", created.Headers.Location?.OriginalString, StringComparison.Ordinal);
            var (_, edit) = await admin.GetPageAsync(created.Headers.Location!.OriginalString);
            Assert.Contains("New Governance Officer can now sign in with the temporary password", edit.QuerySelector(".govuk-notification-banner--success")?.TextContent, StringComparison.Ordinal);
        }

        // The new account signs in through the real form with the temporary password.
        using var user = portal.NewClient();
        var signIn = await user.SignInAsync(email, UserTestData.Password);
        Assert.Equal("/account/change-password", signIn.Headers.Location?.OriginalString);
        var home = await user.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("/account/change-password", home.Headers.Location?.OriginalString);

        var (changed, _) = await user.SubmitFormAsync("/account/change-password",
        [
            new("Input.CurrentPassword", UserTestData.Password),
            new("Input.NewPassword", "my own chosen password"),
            new("Input.ConfirmNewPassword", "my own chosen password"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Create_ValidUser_AuditsTheAccountWithoutItsPassword()
    {
        var email = UserTestData.NewEmail("audit");
        var id = await portal.NewUserAsync(email);

        var insert = await portal.WithDbAsync("reader", db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.EntityType == nameof(ApplicationUser) && a.EntityKey == id && a.Action == AuditAction.Insert));
        Assert.Contains($"\"new\":\"{email}\"", insert.Changes, StringComparison.Ordinal);
        Assert.Contains("\"Password\":{\"old\":null,\"new\":\"(changed)\"}", insert.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("Normalized", insert.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain(UserTestData.Password, insert.Changes, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(insert.Changes);
        Assert.False(json.RootElement.TryGetProperty("PasswordHash", out _));
    }

    [Fact]
    public async Task Create_SingleSignOnOnly_MakesAnAccountWithoutPasswordShownInTheList()
    {
        var email = UserTestData.NewEmail("sso");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var (response, _) = await client.SubmitFormAsync("/admin/users/create",
        [
            new("Input.DisplayName", "Single Sign-On User"),
            new("Input.Email", email),
            new("Input.RequiresSso", "true"),
            new("Input.Roles", AppRoles.PanelMember),
            new("Input.Organisations", "MPS"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, details) = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("can now sign in with single sign-on", details.QuerySelector(".govuk-notification-banner--success")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Signs in with single sign-on only", details.QuerySelector(".govuk-summary-list")?.TextContent, StringComparison.Ordinal);
        Assert.True(details.QuerySelector<IHtmlInputElement>("#Input_RequiresSso")?.IsChecked);
        var user = await portal.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.NormalizedEmail == email.ToUpperInvariant()));
        Assert.True(user.RequiresSso);
        Assert.Null(user.PasswordHash);
        Assert.False(user.MustChangePassword);

        var (_, list) = await client.GetPageAsync("/admin/users?search=" + Uri.EscapeDataString(email));
        var row = Assert.Single(list.QuerySelectorAll("tbody tr"));
        Assert.Contains("Single sign-on", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_SingleSignOnOnlyWithPassword_AsksToLeaveItEmpty()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var (response, document) = await client.SubmitFormAsync("/admin/users/create",
        [
            new("Input.DisplayName", "Single Sign-On User"),
            new("Input.Email", UserTestData.NewEmail("sso")),
            new("Input.Password", UserTestData.Password),
            new("Input.RequiresSso", "true"),
            new("Input.Roles", AppRoles.PanelMember),
            new("Input.Organisations", "MPS"),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([CreateUser.NoPasswordForSsoMessage], document.ErrorSummary());
        Assert.True(document.QuerySelector<IHtmlInputElement>("#Input_RequiresSso")?.IsChecked);
    }
}

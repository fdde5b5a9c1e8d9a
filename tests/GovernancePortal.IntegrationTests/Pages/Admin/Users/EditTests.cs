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

/// <summary>/admin/users/edit/{id}: a concurrent edit (Identity's concurrency stamp: both providers).</summary>
public abstract class EditConflictTests(PortalFactory portal)
{
    [Fact]
    public async Task Edit_SomeoneElseSavedFirst_ShowsTheirValuesAndKeepsInput()
    {
        var id = await portal.NewUserAsync(UserTestData.NewEmail());
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var url = $"/admin/users/edit/{id}";
        var staleTab = await client.GetFormAsync(url);
        var staleStamp = staleTab.Value("Input.ConcurrencyStamp");

        // Someone else renames the user after this page was opened.
        var current = await portal.SendAsync(new EditUser.Query(id));
        await portal.SendAsync(new EditUser.Command(id, "Renamed By Colleague", current.Roles, current.Organisations, current.ConcurrencyStamp));

        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.DisplayName", "My Typed Name"),
            new("Input.Roles", AppRoles.SeniorLead),
            new("Input.Roles", AppRoles.Auditor),
            new("Input.Organisations", "MPS"),
        };
        var (response, document) = await staleTab.SubmitAsync(fields);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else changed this account", Assert.Single(document.ErrorSummary()), StringComparison.Ordinal);
        Assert.Contains("Renamed By Colleague", document.QuerySelector(".govuk-inset-text")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("My Typed Name", document.QuerySelector<IHtmlInputElement>("#Input_DisplayName")?.Value);
        Assert.Equal("Renamed By Colleague", (await portal.SendAsync(new EditUser.Query(id))).DisplayName);

        // Saving again from the conflict page, as it renders, replaces the colleague's version with the user's.
        var conflictForm = RenderedForm.ForElement(client, url, document.QuerySelector<IHtmlFormElement>("main form:not([action*=handler])")!);
        Assert.NotEqual(staleStamp, conflictForm.Value("Input.ConcurrencyStamp"));
        var (again, _) = await conflictForm.SubmitAsync();
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(url, again.Headers.Location?.OriginalString);
        var saved = await portal.SendAsync(new EditUser.Query(id));
        Assert.Equal("My Typed Name", saved.DisplayName);
        Assert.Equal([AppRoles.Auditor, AppRoles.SeniorLead], saved.Roles);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteEditConflictTests(SqlitePortal portal) : EditConflictTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresEditConflictTests(PostgresPortal portal) : EditConflictTests(portal);

/// <summary>/admin/users/edit/{id}: saving name and access, disabling and enabling, refusals.</summary>
[Collection(SqliteCollection.Name)]
public sealed class EditTests(SqlitePortal portal)
{
    [Fact]
    public async Task Edit_RolesAndNameChanged_SavesAndAuditsFieldsAndRoleNames()
    {
        var id = await portal.NewUserAsync(UserTestData.NewEmail("audit"));
        using var admin = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var (response, _) = await admin.SubmitFormAsync($"/admin/users/edit/{id}",
        [
            new("Input.DisplayName", "Audit Test User Renamed"),
            new("Input.Roles", AppRoles.Auditor),
            new("Input.Organisations", "MPS"),
            new("Input.Organisations", "MOPAC"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await admin.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("The user's changes have been saved", page.QuerySelector(".govuk-notification-banner--success")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Audit Test User Renamed", page.QuerySelector("h1")?.TextContent.Trim());

        var entries = await portal.WithDbAsync("reader", db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityKey == id && a.UserName == PortalFactory.Accounts.Admin).OrderBy(a => a.Id).ToListAsync());
        var roles = entries.Where(e => e.EntityType == "UserRole").ToList();
        Assert.Contains(roles, e => e.Action == AuditAction.Insert && e.Changes == "{\"Role added\":{\"old\":null,\"new\":\"Auditor\"}}");
        Assert.Contains(roles, e => e.Action == AuditAction.Delete && e.Changes == "{\"Role removed\":{\"old\":\"SeniorLead\",\"new\":null}}");
        Assert.Contains(entries, e => e.EntityType == "UserOrganisation" && e.Changes.Contains("\"new\":\"MOPAC\"", StringComparison.Ordinal));
        var user = Assert.Single(entries, e => e.EntityType == nameof(ApplicationUser));
        using var json = JsonDocument.Parse(user.Changes);
        Assert.Equal("Audit Test User Renamed", json.RootElement.GetProperty("DisplayName").GetProperty("new").GetString());
        Assert.Equal(["DisplayName"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Disable_UserWithOpenSession_EndsSessionAndBlocksSignIn()
    {
        var email = UserTestData.NewEmail();
        var id = await portal.NewUserAsync(email);
        // The user's own session comes from the real sign-in form: disabling must end exactly that.
        using var user = portal.NewClient();
        await user.SignInOrFailAsync(email, UserTestData.Password);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        using var admin = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var (disabled, _) = await admin.SubmitFormAsync($"/admin/users/edit/{id}", [], handler: "Disable");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal($"/admin/users/edit/{id}", disabled.Headers.Location?.OriginalString);

        var after = await user.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("https://localhost/account/sign-in", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var again = portal.NewClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await again.SignInAsync(email, UserTestData.Password)).StatusCode);

        var (enabled, _) = await admin.SubmitFormAsync($"/admin/users/edit/{id}", [], handler: "Enable");
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync(email, UserTestData.Password)).StatusCode);
    }

    [Fact]
    public async Task Disable_OwnAccount_IsRefused()
    {
        using var admin = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var users = await portal.SendAsync(new ListUsers.Query(PortalFactory.Accounts.Admin));
        var (response, document) = await admin.SubmitFormAsync($"/admin/users/edit/{users[0].Id}", [], handler: "Disable");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["You cannot disable your own account"], document.ErrorSummary());
    }

    [Fact]
    public async Task Edit_UnknownUser_IsNotFound()
    {
        using var admin = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var response = await admin.GetAsync(new Uri("/admin/users/edit/no-such-user", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Edit_RequireSingleSignOn_RemovesPasswordAuditsAndRefusesThePasswordForm()
    {
        var email = UserTestData.NewEmail("sso");
        var id = await portal.NewUserAsync(email, mustChange: true);
        using var admin = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var (response, _) = await admin.SubmitFormAsync($"/admin/users/edit/{id}", [new("Input.RequiresSso", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await portal.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        Assert.True(user.RequiresSso);
        Assert.Null(user.PasswordHash);
        Assert.False(user.MustChangePassword);
        var entries = await portal.WithDbAsync("reader", db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityKey == id && a.EntityType == nameof(ApplicationUser) && a.UserName == PortalFactory.Accounts.Admin).OrderBy(a => a.Id).ToListAsync());
        Assert.Contains(entries, e => e.Changes.Contains("\"RequiresSso\":{\"old\":false,\"new\":true}", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Changes.Contains("\"Password\":{\"old\":\"(changed)\",\"new\":\"(changed)\"}", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Changes.Contains("PasswordHash", StringComparison.Ordinal));

        using var client = portal.NewClient();
        var (refused, page) = await client.SubmitFormAsync("/account/sign-in", [new("Input.Email", email), new("Input.Password", UserTestData.Password)]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal([GovernancePortal.Application.Features.Account.SignIn.FailedMessage], page.ErrorSummary());
    }

    [Fact]
    public async Task Edit_ClearSingleSignOn_NeedsATemporaryPasswordThenSignsInWithIt()
    {
        var email = UserTestData.NewEmail("sso");
        var id = await portal.SendAsync(new CreateUser.Command(email, "Was Single Sign-On", string.Empty, [AppRoles.PanelMember], ["MPS"], RequiresSso: true));
        using var admin = await portal.SignedInAsync(PortalFactory.Accounts.Admin);

        var (missing, missingPage) = await admin.SubmitFormAsync($"/admin/users/edit/{id}", [new("Input.RequiresSso", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal([EditUser.PasswordNeededMessage], missingPage.ErrorSummary());
        Assert.Equal(EditUser.PasswordNeededMessage, missingPage.FieldError("Input_Password"));
        Assert.True((await portal.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id))).RequiresSso);

        var (saved, _) = await admin.SubmitFormAsync($"/admin/users/edit/{id}", [new("Input.RequiresSso", ""), new("Input.Password", UserTestData.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var user = await portal.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        Assert.False(user.RequiresSso);
        Assert.NotNull(user.PasswordHash);
        Assert.True(user.MustChangePassword);
        var (_, details) = await admin.GetPageAsync($"/admin/users/edit/{id}");
        Assert.Null(details.QuerySelector("#Input_Password"));
        Assert.False(details.QuerySelector<IHtmlInputElement>("#Input_RequiresSso")?.IsChecked);

        // Like a new account: the temporary password signs in, and the user must choose their own first.
        using var client = portal.NewClient();
        var signedIn = await client.SignInAsync(email, UserTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/account/change-password", signedIn.Headers.Location?.OriginalString);
    }
}

using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using GovernancePortal.Application.Features.Users;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Admin;

public abstract class UserAdministrationTests(PortalFactory portal)
{
    private const string Password = "a long enough password";

    private async Task<HttpClient> AdminAsync()
    {
        var client = portal.NewClient();
        await client.SignInOrFailAsync(PortalFactory.Accounts.Admin);
        return client;
    }

    private async Task<string> CreateUserAsync(string email, bool mustChange = false) =>
        await portal.SendAsync(new CreateUserCommand(email, "Test User", Password, [AppRoles.SeniorLead], ["MPS"], mustChange));

    private static string NewEmail() => $"user-{Guid.NewGuid():N}@example.org";

    [Theory]
    [InlineData(PortalFactory.Accounts.MetGovernance)]
    [InlineData(PortalFactory.Accounts.Lead)]
    [InlineData(PortalFactory.Accounts.Panel)]
    public async Task GetUsers_NotAnAdministrator_IsForbidden(string email)
    {
        using var client = portal.NewClient();
        await client.SignInOrFailAsync(email);

        var (response, document) = await client.GetPageAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You do not have permission to view this page", document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task GetUsers_Administrator_ListsDemoAccounts()
    {
        using var client = await AdminAsync();
        var (response, document) = await client.GetPageAsync("/admin/users?search=example.org");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var emails = document.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains(PortalFactory.Accounts.Lead, emails);
        Assert.Contains(PortalFactory.Accounts.MopacGovernance, emails);
    }

    [Fact]
    public async Task Create_InvalidInput_ShowsErrorsAndKeepsWhatWasTyped()
    {
        using var client = await AdminAsync();
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
        var email = NewEmail();
        using var client = await AdminAsync();
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
        using var client = await AdminAsync();
        var (_, document) = await client.GetPageAsync("/admin/users/create");

        var item = document.QuerySelectorAll(".govuk-checkboxes__item").Single(i => i.QuerySelector("input")?.GetAttribute("value") == AppRoles.Auditor);
        var hint = item.QuerySelector(".govuk-checkboxes__hint")?.TextContent ?? string.Empty;
        Assert.DoesNotContain("read-only", hint, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("verify", hint, StringComparison.Ordinal);
        Assert.Contains("second key of closure", hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ExistingEmail_SaysSo()
    {
        using var client = await AdminAsync();
        var (response, document) = await client.SubmitFormAsync("/admin/users/create",
        [
            new("Input.DisplayName", "Duplicate"),
            new("Input.Email", PortalFactory.Accounts.Lead),
            new("Input.Password", Password),
            new("Input.Roles", AppRoles.PanelMember),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["An account with this email address already exists"], document.ErrorSummary());
    }

    [Fact]
    public async Task Create_ValidUser_MustChooseOwnPasswordAtFirstSignIn()
    {
        var email = NewEmail();
        using (var admin = await AdminAsync())
        {
            var (created, _) = await admin.SubmitFormAsync("/admin/users/create",
            [
                new("Input.DisplayName", "New Governance Officer"),
                new("Input.Email", email),
                new("Input.Password", Password),
                new("Input.Roles", AppRoles.GovernanceTeam),
                new("Input.Organisations", "MOPAC"),
            ]);
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            Assert.StartsWith("/admin/users/edit/", created.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        using var user = portal.NewClient();
        var signIn = await user.SignInAsync(email, Password);
        Assert.Equal("/account/change-password", signIn.Headers.Location?.OriginalString);
        var home = await user.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("/account/change-password", home.Headers.Location?.OriginalString);

        var (changed, _) = await user.SubmitFormAsync("/account/change-password",
        [
            new("Input.CurrentPassword", Password),
            new("Input.NewPassword", "my own chosen password"),
            new("Input.ConfirmNewPassword", "my own chosen password"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Edit_SomeoneElseSavedFirst_ShowsTheirValuesAndKeepsInput()
    {
        var id = await CreateUserAsync(NewEmail());
        using var client = await AdminAsync();
        var url = $"/admin/users/edit/{id}";
        var staleTab = await client.GetFormAsync(url);
        var staleStamp = staleTab.Value("Input.ConcurrencyStamp");

        // Someone else renames the user after this page was opened.
        var current = await portal.SendAsync(new GetUserQuery(id));
        await portal.SendAsync(new UpdateUserCommand(id, "Renamed By Colleague", current.Roles, current.Organisations, current.ConcurrencyStamp));

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
        Assert.Equal("Renamed By Colleague", (await portal.SendAsync(new GetUserQuery(id))).DisplayName);

        // Saving again from the conflict page, as it renders, replaces the colleague's version with the user's.
        var conflictForm = RenderedForm.ForElement(client, url, document.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("main form:not([action*=handler])")!);
        Assert.NotEqual(staleStamp, conflictForm.Value("Input.ConcurrencyStamp"));
        var (again, _) = await conflictForm.SubmitAsync();
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var saved = await portal.SendAsync(new GetUserQuery(id));
        Assert.Equal("My Typed Name", saved.DisplayName);
        Assert.Equal([AppRoles.Auditor, AppRoles.SeniorLead], saved.Roles);
    }

    [Fact]
    public async Task Disable_UserWithOpenSession_EndsSessionAndBlocksSignIn()
    {
        var email = NewEmail();
        var id = await CreateUserAsync(email);
        using var user = portal.NewClient();
        await user.SignInOrFailAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        using var admin = await AdminAsync();
        var (disabled, _) = await admin.SubmitFormAsync($"/admin/users/edit/{id}", [], handler: "Disable");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        var after = await user.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("https://localhost/account/sign-in", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var again = portal.NewClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await again.SignInAsync(email, Password)).StatusCode);

        var (enabled, _) = await admin.SubmitFormAsync($"/admin/users/edit/{id}", [], handler: "Enable");
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync(email, Password)).StatusCode);
    }

    [Fact]
    public async Task Disable_OwnAccount_IsRefused()
    {
        using var admin = await AdminAsync();
        var users = await portal.SendAsync(new ListUsersQuery(PortalFactory.Accounts.Admin));
        var (response, document) = await admin.SubmitFormAsync($"/admin/users/edit/{users[0].Id}", [], handler: "Disable");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["You cannot disable your own account"], document.ErrorSummary());
    }

    [Fact]
    public async Task Edit_UnknownUser_IsNotFound()
    {
        using var admin = await AdminAsync();
        var response = await admin.GetAsync(new Uri("/admin/users/edit/no-such-user", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteUserAdministrationTests(SqlitePortal portal) : UserAdministrationTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresUserAdministrationTests(PostgresPortal portal) : UserAdministrationTests(portal);

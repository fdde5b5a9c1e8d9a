using GovernancePortal.BrowserTests.Support;
using Microsoft.Playwright;

namespace GovernancePortal.BrowserTests;

public sealed class PortalJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static async Task<string[]> NavigationAsync(IPage page) =>
        [.. (await page.Locator(".govuk-service-navigation__list .govuk-service-navigation__link").AllInnerTextsAsync()).Select(t => t.Trim())];

    [Theory]
    [InlineData("admin@example.org", "Demo Administrator", new[] { "Home", "Framework", "Improvement", "Papers", "Audit Panel", "Recommendations", "Users", "Audit log" })]
    [InlineData("governance.met@example.org", "Demo Met Governance Officer", new[] { "Home", "Framework", "Improvement", "Surveys", "Papers", "Audit Panel", "Recommendations", "My actions", "My surveys" })]
    [InlineData("governance.mopac@example.org", "Demo MOPAC Governance Officer", new[] { "Home", "Framework", "Improvement", "Surveys", "Papers", "Audit Panel", "Recommendations", "My actions", "My surveys" })]
    [InlineData("lead@example.org", "Demo Senior Lead", new[] { "Home", "Framework", "Improvement", "Papers", "Audit Panel", "Recommendations", "My areas", "My actions", "My surveys" })]
    [InlineData("panel@example.org", "Demo Audit Panel Member", new[] { "Home", "Framework", "Improvement", "Papers", "Audit Panel", "Recommendations" })]
    [InlineData("auditor@example.org", "Demo Auditor", new[] { "Home", "Framework", "Improvement", "Surveys", "Papers", "Audit Panel", "Recommendations", "Audit log" })]
    public async Task SignIn_EachDemoRole_SeesDashboardAndTheirNavigation(string email, string name, string[] navigation)
    {
        // Signing in is the journey here: through the form, not from saved cookies.
        var page = await NewPageAsync();
        await page.SignInAsAsync(email);

        Assert.Equal(navigation, await NavigationAsync(page));
        Assert.Equal($"Signed in as {name}", (await page.Locator(".app-service-navigation__user").InnerTextAsync()).Trim());
        var organisations = await page.Locator("h2.app-card__title").AllInnerTextsAsync();
        Assert.Contains(organisations, o => o.Contains("Metropolitan Police Service", StringComparison.Ordinal));
        Assert.Contains(organisations, o => o.Contains("Mayor's Office for Policing And Crime", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignInPage_Empty_IsAccessibleAndRunsGovUkScripts()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/sign-in");

        // GOV.UK Frontend's module script ran under the Content Security Policy (no inline script).
        await Assertions.Expect(page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("govuk-frontend-supported"));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Show password" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task SignIn_WrongPassword_FocusesErrorSummaryLinkedToField()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync("panel@example.org");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: Sign in"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Enter a correct email address and password" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Email address")).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveValueAsync("panel@example.org");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Dashboard_AsMetGovernance_IsAccessible()
    {
        var page = await SignedInPageAsync("governance.met@example.org");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task UserAdministration_CreateWithErrorsThenEdit_PagesAreAccessible()
    {
        var page = await SignedInPageAsync("admin@example.org");

        await page.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users", Exact = true })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        await page.GetByLabel("Full name").FillAsync("Robin Example");
        await page.GetByLabel("Email address").FillAsync("robin.example");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Governance team" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Full name")).ToHaveValueAsync("Robin Example");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Governance team" })).ToBeCheckedAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Email address").FillAsync($"robin.{Guid.NewGuid():N}@example.org");
        await page.GetByLabel("Temporary password").FillAsync("a temporary walrus lantern password");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Metropolitan Police Service" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Robin Example can now sign in");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Robin Example" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task OtherPages_SignedIn_AreAccessible()
    {
        var page = await SignedInPageAsync("lead@example.org", "/account/change-password");
        await page.AssertAccessibleAsync();
        foreach (var url in new[] { "/accessibility", "/cookies", "/no-such-page", "/admin/users" })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
        }
    }

    [Fact]
    public async Task SignOut_FromNavigation_ReturnsToSignInWithMessage()
    {
        var page = await SignedInPageAsync("auditor@example.org");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("You have been signed out");
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to the Governance Portal" })).ToBeVisibleAsync();
    }
}

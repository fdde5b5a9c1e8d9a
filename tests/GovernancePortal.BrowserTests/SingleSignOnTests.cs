using GovernancePortal.Application.Features.Admin.Users;
using GovernancePortal.BrowserTests.Support;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Auditing;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GovernancePortal.BrowserTests;

/// <summary>
/// Single sign-on end to end: the portal's OpenID Connect sign-in against a real provider on loopback
/// (<see cref="TestIdentityProvider"/>: OpenIddict, code flow with PKCE), through the browser.
/// </summary>
public sealed class SingleSignOnTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string SsoButton = "Sign in with " + TestIdentityProvider.DisplayName;

    [Fact]
    public async Task SingleSignOn_ExistingAccount_SignsInWithItsRoleAsAnSsoSessionAndSignsOut()
    {
        var page = await NewPageAsync();
        // An administrators' page: the sign-in page comes first, and the portal's own roles let the account in after.
        await page.GotoAsync("/admin/users");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = SsoButton })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Email address")).ToBeVisibleAsync();
        await page.ScreenshotAsync("sso-sign-in");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = SsoButton }).ClickAsync();
        // At the provider: the name matches the account's e-mail address whatever its case.
        await page.GetByLabel("User name").FillAsync(PortalFactory.Accounts.Admin.ToUpperInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users", Level = 1 })).ToBeVisibleAsync();
        Assert.EndsWith("/admin/users", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".app-service-navigation__user")).ToHaveTextAsync("Signed in as Demo Administrator");

        var (session, audit) = await WithDbAsync(async db =>
        {
            var adminId = await db.Users.Where(u => u.NormalizedEmail == PortalFactory.Accounts.Admin.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
            var latest = await db.UserSessions.AsNoTracking().Where(s => s.UserId == adminId && s.Method == UserSession.SsoMethod)
                .OrderByDescending(s => s.CreatedAtUtc).FirstAsync();
            var signedIn = await db.AuditEntries.AsNoTracking()
                .CountAsync(e => e.EntityType == AccountEventLog.EntityType && e.EntityKey == adminId && e.Action == AuditAction.SignedIn && e.Changes!.Contains("single sign-on"));
            return (latest, signedIn);
        });
        Assert.Null(session.EndedAtUtc);
        Assert.True(audit > 0);

        // An administrator's view of a single sign-on only account.
        var email = $"sso-only-{Guid.NewGuid():N}@example.org";
        var id = await Fixture.Portal.SendAsync(new CreateUser.Command(email, "Single Sign-On Only", string.Empty, [AppRoles.PanelMember], ["MPS"], RequiresSso: true));
        await page.GotoAsync($"/admin/users/edit/{id}");
        await Assertions.Expect(page.GetByLabel("Signs in with single sign-on only (no portal password)")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Temporary password")).ToBeVisibleAsync();
        await page.ScreenshotAsync("sso-admin-edit");
        await page.AssertAccessibleAsync();

        // Where this account is signed in: its own list (this session, by single sign-on) and the administrators' view.
        await page.GotoAsync("/account/sessions");
        await Assertions.Expect(page.Locator("#sessions tbody tr").Filter(new() { HasText = "This session" })).ToContainTextAsync("Single sign-on");
        await page.ScreenshotAsync("account-sessions");
        await page.AssertAccessibleAsync();
        await page.GotoAsync($"/admin/users/sessions/{session.UserId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "End all sessions" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("admin-user-sessions");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).First.ClickAsync();
        await Assertions.Expect(page.GetByText("You have been signed out.")).ToBeVisibleAsync();
        var ended = await WithDbAsync(db => db.UserSessions.AsNoTracking().Where(s => s.Id == session.Id).Select(s => s.EndedAtUtc).SingleAsync());
        Assert.NotNull(ended);
    }

    [Fact]
    public async Task SingleSignOn_NoPortalAccount_ShowsAskAnAdministratorAndSignsNobodyIn()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = SsoButton }).ClickAsync();
        await page.GetByLabel("User name").FillAsync("stranger@example.org");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
            r => r.Url.EndsWith("/account/not-set-up", StringComparison.Ordinal));

        Assert.Equal(403, response.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account is not set up in the portal" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".app-service-navigation__user")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("sso-not-set-up");
        await page.AssertAccessibleAsync();

        var failed = await WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .CountAsync(e => e.EntityType == AccountEventLog.EntityType && e.EntityKey == "stranger@example.org" && e.Action == AuditAction.SignInFailed && e.Changes!.Contains("single sign-on")));
        Assert.Equal(1, failed);

        // Nobody is signed in: a signed-in page still sends the browser to sign in.
        await page.GotoAsync("/");
        Assert.Contains("/account/sign-in", page.Url, StringComparison.Ordinal);
    }

    private async Task<T> WithDbAsync<T>(Func<GovernancePortalDbContext, Task<T>> query)
    {
        await using var scope = Fixture.Portal.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();
        return await query(db);
    }
}

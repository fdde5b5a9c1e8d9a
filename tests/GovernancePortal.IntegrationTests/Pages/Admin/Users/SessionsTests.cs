using System.Net;
using GovernancePortal.Application.Features.Admin.Users;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Pages.Account;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Admin.Users;

/// <summary>/admin/users/sessions/{id}: an administrator sees where an account is signed in and ends one or all sessions.</summary>
[Collection(SqliteCollection.Name)]
public sealed class SessionsTests(SqlitePortal portal)
{
    private static readonly Uri Home = new("/", UriKind.Relative);

    [Fact]
    public async Task EndSession_AsAdministrator_ThatBrowserIsSignedOutAndTheTrailSaysWho()
    {
        var email = await portal.NewAccountAsync("admin-ends", AppRoles.Auditor);
        using var browser = portal.NewClient();
        await browser.SignInOrFailAsync(email, AccountTestData.Password);
        var id = await portal.AccountIdAsync(email);
        using var admin = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var url = $"/admin/users/sessions/{id}";
        var (_, page) = await admin.GetPageAsync(url);
        Assert.Single(page.QuerySelectorAll("#sessions tbody tr"));
        Assert.Contains("Email and password", page.QuerySelector("#sessions tbody tr")!.TextContent, StringComparison.Ordinal);

        var (response, _) = await admin.SubmitFormAsync(url, [], handler: "End");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync(Home)).StatusCode);
        var (_, after) = await admin.GetPageAsync(url);
        Assert.Contains("not signed in anywhere", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var entry = Assert.Single(await portal.EntriesAsync(q => q.Where(a => a.Action == AuditAction.SessionsEnded && a.EntityKey == id)));
        Assert.Equal(PortalFactory.Accounts.Admin, entry.UserName);
        Assert.Contains(UserSessionsAdmin.EndedByAdministratorReason, AccountTestData.Detail(entry, "reason"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndAllSessions_TwoBrowsers_BothAreSignedOut()
    {
        var email = await portal.NewAccountAsync("admin-ends-all", AppRoles.Auditor);
        using var laptop = portal.NewClient();
        using var phone = portal.NewClient();
        await laptop.SignInOrFailAsync(email, AccountTestData.Password);
        await phone.SignInOrFailAsync(email, AccountTestData.Password);
        var id = await portal.AccountIdAsync(email);
        using var admin = await portal.SignedInAsync(PortalFactory.Accounts.Admin);

        var (response, _) = await admin.SubmitFormAsync($"/admin/users/sessions/{id}", [], handler: "EndAll");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync(Home)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync(Home)).StatusCode);
    }

    [Fact]
    public async Task EndSession_OfAnotherAccount_EndsNothing()
    {
        var email = await portal.NewAccountAsync("admin-other", AppRoles.Auditor);
        using var browser = portal.NewClient();
        await browser.SignInOrFailAsync(email, AccountTestData.Password);
        var victimSession = await portal.WithDbAsync(db => Task.FromResult(db.UserSessions.Where(s => s.User!.NormalizedEmail == email.ToUpperInvariant()).Select(s => s.Id).Single()));
        var otherId = await portal.NewUserAsync(UserTestData.NewEmail());

        var ended = await portal.SendAsync(new UserSessionsAdmin.EndCommand(otherId, victimSession));

        Assert.False(ended);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(Home)).StatusCode);
    }
}

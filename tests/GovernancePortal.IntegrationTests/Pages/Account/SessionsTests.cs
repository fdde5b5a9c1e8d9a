using System.Net;
using GovernancePortal.Application.Features.Admin.Users;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.IntegrationTests.Pages.Account;

/// <summary>
/// Server-side sessions through the real sign-in form and cookie: the cookie carries only a session id, sign-out ends
/// the session on the server (a copied cookie dies with it), "your sessions" signs out of the others or everywhere,
/// disabling an account or changing its password ends its sessions, and plain pages re-issue no cookie.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class SessionsTests(SqlitePortal portal)
{
    private const string AuthCookie = "__Host-GovernancePortal";
    private static readonly Uri Home = new("/", UriKind.Relative);

    [Fact]
    public async Task SignOut_CopiedCookieUsedAfterwards_IsSentToSignIn()
    {
        var email = await portal.NewAccountAsync("copied", AppRoles.Auditor);
        using var browser = portal.NewClient();
        var cookie = await SignInAndReadCookieAsync(browser, email);
        using var thief = CopiedCookieClient(cookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync(Home)).StatusCode);

        await browser.SubmitFormAsync("/account/sign-out", []);

        var after = await thief.GetAsync(Home);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/sign-in", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var session = Assert.Single(await SessionsOfAsync(email));
        Assert.NotNull(session.EndedAtUtc);
        Assert.Equal(UserSessions.SignedOutReason, session.EndReason);
    }

    [Fact]
    public async Task SignIn_Succeeds_CookieCarriesOnlyTheSessionRecordedOnTheServer()
    {
        var email = await portal.NewAccountAsync("cookie", AppRoles.Auditor);
        using var browser = portal.NewClient();
        var cookie = await SignInAndReadCookieAsync(browser, email);

        var session = Assert.Single(await SessionsOfAsync(email));
        Assert.Equal(UserSession.PasswordMethod, session.Method);
        Assert.Null(session.EndedAtUtc);
        Assert.Equal(session.CreatedAtUtc.AddHours(12), session.ExpiresAtUtc);
        // A principal with roles and organisations would need far more than a protected session id.
        Assert.True(cookie.Length < 400, $"The cookie is {cookie.Length} characters: it should carry only a session id.");
    }

    [Fact]
    public async Task GetPage_SignedIn_ReissuesNoCookieAndWritesNoTempDataCookie()
    {
        var email = await portal.NewAccountAsync("quiet", AppRoles.Auditor);
        using var browser = portal.NewClient();
        await SignInAndReadCookieAsync(browser, email);
        await browser.GetAsync(Home);

        foreach (var path in new[] { "/", "/accessibility", "/account/sessions" })
        {
            var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var setCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
            Assert.DoesNotContain(setCookies, c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
            Assert.DoesNotContain(setCookies, c => c.Contains("TempData", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task SignIn_FromATabOpenedBeforeSigningIn_StartsANewSessionAndEndsTheOld()
    {
        var email = await portal.NewAccountAsync("again", AppRoles.Auditor);
        using var browser = portal.NewClient();
        var staleTab = await browser.GetFormAsync("/account/sign-in");
        var first = await SignInAndReadCookieAsync(browser, email);

        var (response, _) = await staleTab.SubmitAsync([new("Input.Email", email), new("Input.Password", AccountTestData.Password)]);
        var second = CookieOf(response);

        Assert.NotEqual(first, second);
        var sessions = await SessionsOfAsync(email);
        Assert.Equal(2, sessions.Count);
        Assert.Equal(UserSessions.SignedInAgainReason, sessions[0].EndReason);
        Assert.Null(sessions[1].EndedAtUtc);
        using var old = CopiedCookieClient(first);
        Assert.Equal(HttpStatusCode.Redirect, (await old.GetAsync(Home)).StatusCode);
    }

    [Fact]
    public async Task YourSessions_SignOutOfOthers_EndsOnlyTheOtherBrowser()
    {
        var email = await portal.NewAccountAsync("others", AppRoles.Auditor);
        using var laptop = portal.NewClient();
        using var phone = portal.NewClient();
        await SignInAndReadCookieAsync(laptop, email);
        await SignInAndReadCookieAsync(phone, email);
        var (_, page) = await laptop.GetPageAsync("/account/sessions");
        Assert.Equal(2, page.QuerySelectorAll("#sessions tbody tr").Length);
        Assert.Contains("This session", page.QuerySelector("#sessions tbody tr")!.TextContent, StringComparison.Ordinal);

        var (response, _) = await laptop.SubmitFormAsync("/account/sessions", [], handler: "Others");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync(Home)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync(Home)).StatusCode);
        var entry = Assert.Single(await portal.EntriesAsync(q => q.Where(a => a.Action == AuditAction.SessionsEnded && a.UserName == email)));
        Assert.Contains("1 session(s) ended", AccountTestData.Detail(entry, "reason"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task YourSessions_SignOutEverywhere_EndsEverySessionIncludingThisOne()
    {
        var email = await portal.NewAccountAsync("everywhere", AppRoles.Auditor);
        using var laptop = portal.NewClient();
        using var phone = portal.NewClient();
        await SignInAndReadCookieAsync(laptop, email);
        await SignInAndReadCookieAsync(phone, email);

        var (response, _) = await laptop.SubmitFormAsync("/account/sessions", [], handler: "Everywhere");

        Assert.Equal("/account/sign-in?signedOut=true", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync(Home)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync(Home)).StatusCode);
        Assert.All(await SessionsOfAsync(email), s => Assert.Equal(Application.Features.Account.Sessions.EndedByUserReason, s.EndReason));
    }

    [Fact]
    public async Task DisableAccount_WithOpenSession_SessionEndsAtItsNextRequest()
    {
        var email = await portal.NewAccountAsync("disabled", AppRoles.Auditor);
        using var browser = portal.NewClient();
        await SignInAndReadCookieAsync(browser, email);
        var id = await portal.AccountIdAsync(email);

        await portal.SendAsync(new EditUser.SetDisabledCommand(id, Disabled: true));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync(Home)).StatusCode);
        Assert.Equal(EditUser.DisabledReason, Assert.Single(await SessionsOfAsync(email)).EndReason);
    }

    [Fact]
    public async Task ChangePassword_WithAnotherBrowserSignedIn_EndsTheOtherAndKeepsThisOne()
    {
        var email = await portal.NewAccountAsync("password", AppRoles.Auditor);
        using var laptop = portal.NewClient();
        using var phone = portal.NewClient();
        await SignInAndReadCookieAsync(laptop, email);
        await SignInAndReadCookieAsync(phone, email);

        var (response, _) = await laptop.SubmitFormAsync("/account/change-password",
        [
            new("Input.CurrentPassword", AccountTestData.Password),
            new("Input.NewPassword", "a brand new walrus passphrase"),
            new("Input.ConfirmNewPassword", "a brand new walrus passphrase"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync(Home)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync(Home)).StatusCode);
    }

    [Fact]
    public async Task EditAccount_RoleAdded_OpenSessionHasItAtTheNextRequest()
    {
        var email = await portal.NewAccountAsync("promoted", AppRoles.Auditor);
        using var browser = portal.NewClient();
        await SignInAndReadCookieAsync(browser, email);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(new Uri("/admin/users", UriKind.Relative))).StatusCode);
        var id = await portal.AccountIdAsync(email);
        var details = await portal.SendAsync(new EditUser.Query(id));

        await portal.SendAsync(new EditUser.Command(id, details.DisplayName, [AppRoles.Auditor, AppRoles.Administrator], [], details.ConcurrencyStamp));

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/admin/users", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Purge_SessionsEndedLongAgo_DeletesThemAndKeepsRecentOnes()
    {
        var email = await portal.NewAccountAsync("purge", AppRoles.Auditor);
        var id = await portal.AccountIdAsync(email);
        var now = DateTime.UtcNow;
        UserSession Session(DateTime created, DateTime? ended) => new()
        {
            Id = UserSessions.NewId(), UserId = id, CreatedAtUtc = created, RenewedAtUtc = created, LastSeenAtUtc = created,
            ExpiresAtUtc = created.AddHours(12), EndedAtUtc = ended, Method = UserSession.PasswordMethod,
        };
        var old = Session(now.AddDays(-40), now.AddDays(-40));
        var expiredLongAgo = Session(now.AddDays(-35), null);
        var recent = Session(now.AddDays(-2), now.AddDays(-2));
        await portal.WithDbAsync(async db =>
        {
            db.UserSessions.AddRange(old, expiredLongAgo, recent);
            return await db.SaveChangesAsync();
        });

        await using (var scope = portal.NewScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserSessions>().PurgeAsync();
        }

        var left = await SessionsOfAsync(email);
        Assert.Equal([recent.Id], left.Select(s => s.Id));
    }

    /// <summary>Signs in through the form and returns the authentication cookie's value.</summary>
    private static async Task<string> SignInAndReadCookieAsync(HttpClient client, string email)
    {
        return CookieOf(await client.SignInAsync(email, AccountTestData.Password));
    }

    private static string CookieOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var header = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
        return header[(AuthCookie.Length + 1)..header.IndexOf(';', StringComparison.Ordinal)];
    }

    private HttpClient CopiedCookieClient(string cookie)
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{AuthCookie}={cookie}");
        return client;
    }

    private Task<List<UserSession>> SessionsOfAsync(string email) =>
        portal.WithDbAsync(db => db.UserSessions.AsNoTracking().Where(s => s.User!.NormalizedEmail == email.ToUpperInvariant()).OrderBy(s => s.CreatedAtUtc).ToListAsync());
}

using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Account;

/// <summary>/account/sign-in through the real form: cookies, failures that all look alike, lockout, audit entries.</summary>
[Collection(SqliteCollection.Name)]
public sealed class SignInTests(SqlitePortal portal)
{
    private const string FailedMessage = GovernancePortal.Application.Features.Account.SignIn.FailedMessage;

    [Fact]
    public async Task SignIn_CorrectPassword_RedirectsHomeWithHostOnlySecureCookie()
    {
        using var client = portal.NewClient();
        var response = await client.SignInAsync(PortalFactory.Accounts.MetGovernance);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-GovernancePortal=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/admin/audit?user=x", "/admin/audit?user=x")]
    [InlineData("https://evil.example/", "/")]
    public async Task SignIn_WithReturnUrl_GoesBackThereOnlyWhenLocal(string returnUrl, string expected)
    {
        var email = await portal.NewAccountAsync("return", AppRoles.Auditor);
        using var client = portal.NewClient();
        var (response, _) = await client.SubmitFormAsync($"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}",
            [new("Input.Email", email), new("Input.Password", AccountTestData.Password)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndKeepsEmail()
    {
        using var client = portal.NewClient();
        var (response, document) = await client.SubmitFormAsync("/account/sign-in",
            [new("Input.Email", PortalFactory.Accounts.Panel), new("Input.Password", "not the right password")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([FailedMessage], document.ErrorSummary());
        Assert.Equal(PortalFactory.Accounts.Panel, document.QuerySelector<IHtmlInputElement>("#Input_Email")?.Value);
        Assert.True(string.IsNullOrEmpty(document.QuerySelector<IHtmlInputElement>("#Input_Password")?.Value));
        Assert.StartsWith("Error: ", document.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_UnknownEmail_SameMessageAsWrongPassword()
    {
        using var client = portal.NewClient();
        var (response, document) = await client.SubmitFormAsync("/account/sign-in",
            [new("Input.Email", "nobody@example.org"), new("Input.Password", "whatever password")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([FailedMessage], document.ErrorSummary());
    }

    [Fact]
    public async Task SignIn_EmptyFields_AsksForBoth()
    {
        using var client = portal.NewClient();
        var (response, document) = await client.SubmitFormAsync("/account/sign-in", [new("Input.Email", ""), new("Input.Password", "")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter your email address", "Enter your password"], document.ErrorSummary());
        Assert.Equal("Enter your email address", document.FieldError("Input_Email"));
    }

    [Fact]
    public async Task SignIn_LockedAccount_AnswersExactlyLikeAWrongPassword()
    {
        var email = await portal.NewAccountAsync("signin");
        using var client = portal.NewClient();
        for (var i = 0; i < IdentitySetup.MaxFailedAttempts; i++)
        {
            await client.SignInAsync(email, "wrong password " + i);
        }

        // The account is locked: even the right password is refused, with the answer a wrong password gets.
        var (locked, lockedPage) = await client.SubmitFormAsync("/account/sign-in", [new("Input.Email", email), new("Input.Password", AccountTestData.Password)]);
        var other = await portal.NewAccountAsync("signin");
        var (wrong, wrongPage) = await client.SubmitFormAsync("/account/sign-in", [new("Input.Email", other), new("Input.Password", "wrong password")]);
        var (unknown, unknownPage) = await client.SubmitFormAsync("/account/sign-in", [new("Input.Email", $"nobody-{Guid.NewGuid():N}@example.org"), new("Input.Password", "wrong password")]);

        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Equal(wrong.StatusCode, locked.StatusCode);
        Assert.Equal(unknown.StatusCode, locked.StatusCode);
        Assert.Equal([FailedMessage], lockedPage.ErrorSummary());
        Assert.Equal(wrongPage.ErrorSummary(), lockedPage.ErrorSummary());
        Assert.Equal(unknownPage.ErrorSummary(), lockedPage.ErrorSummary());
        Assert.Equal(wrongPage.FieldError("Input_Email"), lockedPage.FieldError("Input_Email"));
        Assert.Equal(wrongPage.QuerySelector("main")?.TextContent.Replace(other, email, StringComparison.Ordinal), lockedPage.QuerySelector("main")?.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SignInAsync(email, AccountTestData.Password)).StatusCode);
    }

    [Fact]
    public async Task SignIn_LockedAccount_ChecksThePasswordHashAsAWrongPasswordDoes()
    {
        var email = await portal.NewAccountAsync("signin");
        var other = await portal.NewAccountAsync("signin");
        using var client = portal.NewClient();
        for (var i = 0; i < IdentitySetup.MaxFailedAttempts; i++)
        {
            await client.SignInAsync(email, "wrong password " + i);
        }

        // A locked account still has its hash checked (about 100 ms of PBKDF2), so it answers as slowly as a wrong
        // password; counted, not timed.
        var lockedBefore = CountingPasswordHasher.VerificationsFor(email);
        var otherBefore = CountingPasswordHasher.VerificationsFor(other);
        await client.SignInAsync(email, AccountTestData.Password);
        await client.SignInAsync(other, "wrong password");

        Assert.Equal(1, CountingPasswordHasher.VerificationsFor(other) - otherBefore);
        Assert.Equal(1, CountingPasswordHasher.VerificationsFor(email) - lockedBefore);
    }

    [Fact]
    public async Task SignIn_SingleSignOnOnlyAccount_AnswersExactlyLikeAWrongPasswordAndAuditsWhy()
    {
        var email = $"sso-only-{Guid.NewGuid():N}@example.org";
        var id = await portal.SendAsync(new GovernancePortal.Application.Features.Admin.Users.CreateUser.Command(
            email, "Single Sign-On Only", string.Empty, [AppRoles.PanelMember], [], RequiresSso: true));
        var other = await portal.NewAccountAsync("signin");
        using var client = portal.NewClient();

        var before = CountingPasswordHasher.VerificationsFor(email);
        var (sso, ssoPage) = await client.SubmitFormAsync("/account/sign-in", [new("Input.Email", email), new("Input.Password", "any password at all")]);
        var (wrong, wrongPage) = await client.SubmitFormAsync("/account/sign-in", [new("Input.Email", other), new("Input.Password", "wrong password")]);

        Assert.Equal(HttpStatusCode.BadRequest, sso.StatusCode);
        Assert.Equal(wrong.StatusCode, sso.StatusCode);
        Assert.Equal([FailedMessage], ssoPage.ErrorSummary());
        Assert.Equal(wrongPage.QuerySelector("main")?.TextContent.Replace(other, email, StringComparison.Ordinal), ssoPage.QuerySelector("main")?.TextContent);
        // The same work as a wrong password: one hash check.
        Assert.Equal(1, CountingPasswordHasher.VerificationsFor(email) - before);
        var failed = Assert.Single(await portal.EntriesAsync(q => q.Where(a => a.EntityType == "Account" && a.EntityKey == id)));
        Assert.Equal(AuditAction.SignInFailed, failed.Action);
        Assert.Equal("single sign-on required", AccountTestData.Detail(failed, "reason"));
    }

    [Fact]
    public async Task SignIn_NineFailuresThenRightPassword_SignsIn()
    {
        var email = await portal.NewAccountAsync("signin");
        using var client = portal.NewClient();
        for (var i = 0; i < IdentitySetup.MaxFailedAttempts - 1; i++)
        {
            await client.SignInAsync(email, "wrong password " + i);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, AccountTestData.Password)).StatusCode);
    }

    [Fact]
    public async Task SignIn_SuccessWrongPasswordAndUnknownEmail_WriteAccountEntriesWithoutPasswords()
    {
        var email = await portal.NewAccountAsync("audit", AppRoles.SeniorLead);
        var id = await portal.AccountIdAsync(email);
        const string wrong = "wrong-password-7c1e9f";
        using var client = portal.NewClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.SignInAsync(email, wrong)).StatusCode);
        await client.SignInOrFailAsync(email, AccountTestData.Password);
        var unknown = $"  Nobody-{Guid.NewGuid():N}@Example.org ";
        using var other = portal.NewClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await other.SignInAsync(unknown, wrong)).StatusCode);

        var events = await portal.EntriesAsync(q => q.Where(a => a.EntityType == "Account" && a.EntityKey == id));
        Assert.Equal([AuditAction.SignInFailed, AuditAction.SignedIn], events.Select(e => e.Action));
        Assert.Equal("wrong password", AccountTestData.Detail(events[0], "reason"));
        Assert.All(events, e => Assert.Equal(email, AccountTestData.Detail(e, "email")));
        Assert.All(events, e => Assert.Equal(id, e.UserId));

        var key = unknown.Trim().ToLowerInvariant();
        var failed = Assert.Single(await portal.EntriesAsync(q => q.Where(a => a.EntityType == "Account" && a.EntityKey == key)));
        Assert.Equal(AuditAction.SignInFailed, failed.Action);
        Assert.Null(failed.UserId);

        var all = await portal.EntriesAsync(q => q);
        Assert.DoesNotContain(all, e => e.Changes.Contains(wrong, StringComparison.Ordinal) || e.Changes.Contains(AccountTestData.Password, StringComparison.Ordinal)
            || e.Changes.Contains(PortalFactory.DemoPassword, StringComparison.Ordinal) || e.Changes.Contains("PasswordHash", StringComparison.Ordinal)
            || e.Changes.Contains("SecurityStamp", StringComparison.Ordinal) || e.Changes.Contains("AQAAAA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_TenFailures_WritesLockedOutOnceThenLockedFailures()
    {
        var email = await portal.NewAccountAsync("audit", AppRoles.SeniorLead);
        var id = await portal.AccountIdAsync(email);
        using var client = portal.NewClient();
        for (var i = 0; i < 11; i++)
        {
            await client.SignInAsync(email, "not the password " + i);
        }

        var events = await portal.EntriesAsync(q => q.Where(a => a.EntityType == "Account" && a.EntityKey == id));
        Assert.Equal(9, events.Count(e => e.Action == AuditAction.SignInFailed && AccountTestData.Detail(e, "reason") == "wrong password"));
        var locked = Assert.Single(events, e => e.Action == AuditAction.LockedOut);
        Assert.Equal("too many failed attempts", AccountTestData.Detail(locked, "reason"));
        Assert.Equal("account locked", AccountTestData.Detail(events[^1], "reason"));

        var lockout = Assert.Single(await portal.EntriesAsync(q => q.Where(a => a.EntityType == nameof(ApplicationUser) && a.EntityKey == id && a.Action == AuditAction.Update)));
        Assert.Contains("\"LockoutEnd\"", lockout.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("AccessFailedCount", lockout.Changes, StringComparison.Ordinal);
    }
}

/// <summary>A portal that allows three sign-in attempts a minute from one address.</summary>
public sealed class ThrottledPortal() : PortalFactory(DatabaseProvider.Sqlite)
{
    public const int Limit = 3;

    protected override void Configure(IDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Security:SignInRateLimit:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Security:SignInRateLimit:Window"] = "00:01:00";
    }
}

/// <summary>Sign-in attempts are throttled per client address: after the limit the answer is 429 with a GOV.UK page.</summary>
public sealed class SignInThrottleTests(ThrottledPortal portal) : IClassFixture<ThrottledPortal>
{
    [Fact]
    public async Task SignIn_MoreAttemptsThanTheLimitFromOneAddress_Answers429()
    {
        using var client = portal.NewClient();
        for (var i = 0; i < ThrottledPortal.Limit; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.SignInAsync(PortalFactory.Accounts.Panel, "not the password " + i)).StatusCode);
        }

        // Even the right password is not tried once the address is over its limit.
        var (response, document) = await client.SubmitFormAsync("/account/sign-in",
            [new("Input.Email", PortalFactory.Accounts.Panel), new("Input.Password", PortalFactory.DemoPassword)]);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("Too many attempts to sign in", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("/account/sign-in", document.QuerySelector("main a[href^='/account']")?.GetAttribute("href"));
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Null(response.Headers.Location);

        // Reading the sign-in page is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative))).StatusCode);
    }
}

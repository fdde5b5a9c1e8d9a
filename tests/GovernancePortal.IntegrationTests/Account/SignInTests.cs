using AngleSharp.Dom;
using System.Net;
using GovernancePortal.Application.Features.Users;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Account;

public abstract class SignInTests(PortalFactory portal)
{
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

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndKeepsEmail()
    {
        using var client = portal.NewClient();
        var (response, document) = await client.SubmitFormAsync("/account/sign-in",
            [new("Input.Email", PortalFactory.Accounts.Panel), new("Input.Password", "not the right password")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter a correct email address and password"], document.ErrorSummary());
        Assert.Equal(PortalFactory.Accounts.Panel, document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Email")?.Value);
        Assert.True(string.IsNullOrEmpty(document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Password")?.Value));
        Assert.StartsWith("Error: ", document.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_UnknownEmail_SameMessageAsWrongPassword()
    {
        using var client = portal.NewClient();
        var (response, document) = await client.SubmitFormAsync("/account/sign-in",
            [new("Input.Email", "nobody@example.org"), new("Input.Password", "whatever password")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter a correct email address and password"], document.ErrorSummary());
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
        var email = await CreateUserAsync();
        using var client = portal.NewClient();
        for (var i = 0; i < IdentitySetup.MaxFailedAttempts; i++)
        {
            await client.SignInAsync(email, "wrong password " + i);
        }

        // The account is locked: even the right password is refused, with the answer a wrong password gets.
        var (locked, lockedPage) = await client.SubmitFormAsync("/account/sign-in", [new("Input.Email", email), new("Input.Password", UserPassword)]);
        var other = await CreateUserAsync();
        var (wrong, wrongPage) = await client.SubmitFormAsync("/account/sign-in", [new("Input.Email", other), new("Input.Password", "wrong password")]);
        var (unknown, unknownPage) = await client.SubmitFormAsync("/account/sign-in", [new("Input.Email", $"nobody-{Guid.NewGuid():N}@example.org"), new("Input.Password", "wrong password")]);

        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Equal(wrong.StatusCode, locked.StatusCode);
        Assert.Equal(unknown.StatusCode, locked.StatusCode);
        Assert.Equal([SignInModelMessage], lockedPage.ErrorSummary());
        Assert.Equal(wrongPage.ErrorSummary(), lockedPage.ErrorSummary());
        Assert.Equal(unknownPage.ErrorSummary(), lockedPage.ErrorSummary());
        Assert.Equal(wrongPage.FieldError("Input_Email"), lockedPage.FieldError("Input_Email"));
        Assert.Equal(wrongPage.QuerySelector("main")?.TextContent.Replace(other, email, StringComparison.Ordinal), lockedPage.QuerySelector("main")?.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SignInAsync(email, UserPassword)).StatusCode);
    }

    [Fact]
    public async Task SignIn_LockedAccount_ChecksThePasswordHashAsAWrongPasswordDoes()
    {
        var email = await CreateUserAsync();
        var other = await CreateUserAsync();
        using var client = portal.NewClient();
        for (var i = 0; i < IdentitySetup.MaxFailedAttempts; i++)
        {
            await client.SignInAsync(email, "wrong password " + i);
        }

        // A locked account still has its hash checked (about 100 ms of PBKDF2), so it answers as slowly as a wrong
        // password; counted, not timed.
        var lockedBefore = CountingPasswordHasher.VerificationsFor(email);
        var otherBefore = CountingPasswordHasher.VerificationsFor(other);
        await client.SignInAsync(email, UserPassword);
        await client.SignInAsync(other, "wrong password");

        Assert.Equal(1, CountingPasswordHasher.VerificationsFor(other) - otherBefore);
        Assert.Equal(1, CountingPasswordHasher.VerificationsFor(email) - lockedBefore);
    }

    [Fact]
    public async Task SignIn_NineFailuresThenRightPassword_SignsIn()
    {
        var email = await CreateUserAsync();
        using var client = portal.NewClient();
        for (var i = 0; i < IdentitySetup.MaxFailedAttempts - 1; i++)
        {
            await client.SignInAsync(email, "wrong password " + i);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, UserPassword)).StatusCode);
    }

    [Fact]
    public async Task SignIn_AfterSignOut_PagesNeedSignInAgain()
    {
        using var client = portal.NewClient();
        await client.SignInOrFailAsync(PortalFactory.Accounts.Auditor);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        var (signOut, _) = await client.SubmitFormAsync("/account/sign-out", []);
        Assert.Equal("/account/sign-in?signedOut=true", signOut.Headers.Location?.OriginalString);

        var after = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    private const string UserPassword = "lockout test walrus passphrase";

    private const string SignInModelMessage = GovernancePortal.Web.Pages.Account.SignInModel.FailedMessage;

    private async Task<string> CreateUserAsync()
    {
        var email = $"signin-{Guid.NewGuid():N}@example.org";
        await portal.SendAsync(new CreateUserCommand(email, "Sign-in Test", UserPassword, [AppRoles.PanelMember], [], MustChangePassword: false));
        return email;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSignInTests(SqlitePortal portal) : SignInTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSignInTests(PostgresPortal portal) : SignInTests(portal);

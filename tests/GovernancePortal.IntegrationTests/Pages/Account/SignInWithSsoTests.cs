using GovernancePortal.Application.Features.Account;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Support;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.IntegrationTests.Pages.Account;

/// <summary>
/// /signin-oidc's use case (<see cref="SignInWithSso"/>), sent as the OpenID Connect handler sends it once the provider's
/// answer is checked: in a request of its own. The round trip through a real provider runs in the browser tests
/// (SingleSignOnTests).
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class SignInWithSsoTests(SqlitePortal portal)
{
    private const string Claim = "preferred_username";

    /// <summary>Sends the command in a request scope, as the handler's event does; returns the outcome and the response's cookies.</summary>
    private async Task<(SignInWithSso.Outcome Outcome, string SetCookie)> SendAsync(string? account)
    {
        await using var scope = portal.NewScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = http;
        var outcome = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SignInWithSso.Command(account, Claim), TestContext.Current.CancellationToken);
        return (outcome, http.Response.Headers.SetCookie.ToString());
    }

    [Fact]
    public async Task SignInWithSso_KnownAccount_SignsInWithAnSsoSessionAndAudits()
    {
        var email = await portal.NewAccountAsync("sso-known", AppRoles.SeniorLead);
        var id = await portal.AccountIdAsync(email);

        var (outcome, setCookie) = await SendAsync("  " + email.ToUpperInvariant() + " ");

        Assert.Equal(SignInWithSso.Outcome.SignedIn, outcome);
        Assert.Contains("GovernancePortal=", setCookie, StringComparison.Ordinal);
        var session = Assert.Single(await portal.WithDbAsync(db => db.UserSessions.Where(s => s.UserId == id).ToListAsync()));
        Assert.Equal(UserSession.SsoMethod, session.Method);
        Assert.NotNull(await portal.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.LastSignInAtUtc).SingleAsync()));
        var signedIn = Assert.Single(await portal.EntriesAsync(q => q.Where(a => a.EntityType == "Account" && a.EntityKey == id)));
        Assert.Equal(AuditAction.SignedIn, signedIn.Action);
        Assert.Equal(SignInWithSso.SignedInReason, AccountTestData.Detail(signedIn, "reason"));
    }

    [Fact]
    public async Task SignInWithSso_UnknownOrMissingAccount_IsNotSetUpAndAudited()
    {
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";

        var (outcome, setCookie) = await SendAsync(unknown);
        var (missing, _) = await SendAsync(null);

        Assert.Equal(SignInWithSso.Outcome.NotSetUp, outcome);
        Assert.Equal(SignInWithSso.Outcome.NotSetUp, missing);
        Assert.DoesNotContain("GovernancePortal=", setCookie, StringComparison.Ordinal);
        var refused = Assert.Single(await portal.EntriesAsync(q => q.Where(a => a.EntityType == "Account" && a.EntityKey == unknown)));
        Assert.Equal(AuditAction.SignInFailed, refused.Action);
        Assert.Equal(SignInWithSso.UnknownReason(Claim), AccountTestData.Detail(refused, "reason"));
        Assert.NotEmpty(await portal.EntriesAsync(q => q.Where(a => a.EntityType == "Account" && a.EntityKey == $"(no {Claim} claim)")));
    }

    [Fact]
    public async Task SignInWithSso_DisabledAccount_IsNotSetUpAndStartsNoSession()
    {
        var email = await portal.NewAccountAsync("sso-disabled");
        var id = await portal.AccountIdAsync(email);
        await portal.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == id);
            user.IsDisabled = true;
            return await db.SaveChangesAsync();
        });

        var (outcome, setCookie) = await SendAsync(email);

        Assert.Equal(SignInWithSso.Outcome.NotSetUp, outcome);
        Assert.DoesNotContain("GovernancePortal=", setCookie, StringComparison.Ordinal);
        Assert.Empty(await portal.WithDbAsync(db => db.UserSessions.Where(s => s.UserId == id).ToListAsync()));
        var refused = Assert.Single(await portal.EntriesAsync(q => q.Where(a => a.EntityType == "Account" && a.EntityKey == id)));
        Assert.Equal(AuditAction.SignInFailed, refused.Action);
        Assert.Equal(SignInWithSso.DisabledReason, AccountTestData.Detail(refused, "reason"));
    }
}

using GovernancePortal.Application.Features.Account;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace GovernancePortal.Web.Security;

/// <summary>
/// Single sign-on with OpenID Connect (docs/sso.md): the authorization code flow with PKCE, no implicit flow, no tokens
/// kept. When the identity provider sends the browser back to <see cref="SsoSettings.CallbackPath"/>, the handler's
/// ticket is never written to a cookie: the use case <see cref="SignInWithSso"/> finds the portal account the configured
/// claim names and signs it in with the portal's own cookie and server-side session (method "sso"), or this shows
/// <see cref="NotSetUpPath"/>. Accounts are never created here.
/// </summary>
public static class SsoSetup
{
    /// <summary>The page for someone the provider knows but the portal does not (or whose account is disabled).</summary>
    public const string NotSetUpPath = "/account/not-set-up";

    /// <summary>The sign-in page, told that single sign-on did not complete.</summary>
    public const string FailedPath = "/account/sign-in?ssoFailed=true";

    public static void AddPortalSso(this AuthenticationBuilder authentication, SsoSettings settings, CookieNames cookies)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(cookies);
        authentication.AddOpenIdConnect(SsoSettings.Scheme, settings.DisplayName, options =>
        {
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.CallbackPath = SsoSettings.CallbackPath;
            options.ResponseType = OpenIdConnectResponseType.Code;
            // The code comes back in the query of a top-level GET, so the correlation and nonce cookies can be
            // SameSite=Lax (a form_post return from another site would need SameSite=None).
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.UsePkce = true;
            options.SaveTokens = false;
            options.GetClaimsFromUserInfoEndpoint = false;
            options.MapInboundClaims = false;
            options.DisableTelemetry = true;
            options.Scope.Clear();
            options.Scope.Add(OpenIdConnectScope.OpenId);
            options.Scope.Add(OpenIdConnectScope.OpenIdProfile);
            options.Scope.Add(OpenIdConnectScope.Email);
            // Never used (the ticket is handled in OnTicketReceived), but the handler must name a sign-in scheme.
            options.SignInScheme = IdentityConstants.ExternalScheme;
            foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
            {
                cookie.SameSite = SameSiteMode.Lax;
                cookie.SecurePolicy = cookies.SecurePolicy;
                cookie.HttpOnly = true;
            }

            options.Events.OnTicketReceived = context => CompleteAsync(context, settings);
            options.Events.OnRemoteFailure = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SsoSetup))
                    .LogWarning(context.Failure, "Single sign-on did not complete");
                context.Response.Redirect(FailedPath);
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>After the provider has answered: the portal's own sign-in (<see cref="SignInWithSso"/>) or its refusal.</summary>
    private static async Task CompleteAsync(TicketReceivedContext context, SsoSettings settings)
    {
        // The provider's principal is not kept in any cookie: the portal's own sign-in (or the refusal) is the response.
        context.HandleResponse();
        var account = context.Principal?.FindFirst(settings.MatchClaim)?.Value;
        var outcome = await context.HttpContext.RequestServices.GetRequiredService<IMediator>()
            .Send(new SignInWithSso.Command(account, settings.MatchClaim), context.HttpContext.RequestAborted);
        context.Response.Redirect(outcome == SignInWithSso.Outcome.SignedIn ? LocalOrHome(context.ReturnUri) : NotSetUpPath);
    }

    /// <summary>A local path (not "//host" or "/\host"), else the home page.</summary>
    public static string LocalOrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains("\r", StringComparison.Ordinal) && !url.Contains("\n", StringComparison.Ordinal)
            ? url
            : "/";
}

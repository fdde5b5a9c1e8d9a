using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace GovernancePortal.BrowserTests.Support;

/// <summary>
/// A real OpenID Connect provider on a loopback port for the single sign-on test: OpenIddict's server in degraded mode
/// (no stores), one client (<see cref="ClientId"/>, <see cref="ClientSecret"/>, redirect URI
/// <see cref="ExpectedRedirectUri"/>), the authorization code flow with PKCE required, ephemeral keys, discovery and JWKS
/// served by OpenIddict. Its sign-in page is a bare form where the browser types a user name, which becomes the
/// <c>preferred_username</c> (and <c>email</c>) claim of the ID token: the provider trusts whoever types, like a test
/// double should.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "governance-portal-tests";

    public const string ClientSecret = "browser-test-client-secret";

    public const string DisplayName = "Test identity provider";

    private WebApplication? _app;

    /// <summary>The issuer (authority), http://127.0.0.1:port/.</summary>
    public Uri Authority { get; private set; } = default!;

    /// <summary>The portal's callback (its address is only known once it runs): the only redirect URI accepted.</summary>
    public string? ExpectedRedirectUri { get; set; }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // Nothing from the test folder's appsettings files or the environment.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddAuthentication();
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.EnableDegradedMode();
            options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            options.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableTokenEndpointPassthrough()
                .DisableTransportSecurityRequirement();

            // Degraded mode has no application store: the one client is checked here.
            options.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client_id.");
                }
                else if (context.RedirectUri != ExpectedRedirectUri)
                {
                    context.Reject(Errors.InvalidRequest, "The redirect_uri is not registered for this client.");
                }

                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Wrong client_id or client_secret.");
                }

                return default;
            }));
        });

        _app = builder.Build();
        _app.UseAuthentication();
        _app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeAsync);
        _app.MapPost("/connect/token", (Delegate)TokenAsync);
        await _app.StartAsync();
        Authority = new Uri(_app.Urls.Single().TrimEnd('/') + "/");
    }

    /// <summary>No user name yet: the sign-in form (carrying the request on). With one: signed in as that user.</summary>
    private static async Task<IResult> AuthorizeAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var userName = request.Username?.Trim();
        if (string.IsNullOrEmpty(userName))
        {
            return Results.Content(SignInForm(request), "text/html; charset=utf-8");
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, "test-" + userName.ToLowerInvariant())
            .SetClaim(Claims.PreferredUsername, userName)
            .SetClaim(Claims.Email, userName)
            .SetClaim(Claims.Name, userName);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        await Task.CompletedTask;
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The code for tokens: OpenIddict has checked the code, the PKCE verifier and the redirect URI.</summary>
    private static async Task<IResult> TokenAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        return result.Principal is { } principal
            ? Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
            : Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static string SignInForm(OpenIddictRequest request)
    {
        var html = new StringBuilder("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head>
            <body><h1>Test identity provider</h1><form method="post" action="/connect/authorize">
            """);
        foreach (var (name, value) in request.GetParameters())
        {
            html.Append(CultureInvariant($"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(name)}\" value=\"{WebUtility.HtmlEncode((string?)value)}\">"));
        }

        html.Append("""
            <label for="username">User name</label> <input id="username" name="username" autocomplete="off">
            <button type="submit">Sign in</button></form></body></html>
            """);
        return html.ToString();
    }

    private static string CultureInvariant(FormattableString value) => FormattableString.Invariant(value);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

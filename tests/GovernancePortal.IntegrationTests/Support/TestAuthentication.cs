using System.Text.Encodings.Web;
using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovernancePortal.IntegrationTests.Support;

/// <summary>
/// The test hosts' authentication: a request carrying <see cref="UserHeader"/> (an account's e-mail address) is that
/// account, with the principal Identity's sign-in would put in the cookie (<see cref="SignInManager{TUser}.CreateUserPrincipalAsync"/>:
/// the same roles, organisations, display name and "must change password" claims). As the real session check does, each
/// request reads the account (one query) and takes the principal cached for its security stamp from the app's
/// <see cref="SessionCache"/>, so a change to the account (a new stamp) is seen at the next request; a disabled account
/// is refused. No form is posted and no password is hashed.
/// Every other request, and every challenge, sign-in and sign-out, goes to the real cookie scheme: anonymous visitors
/// are still sent to sign in, and the account pages' tests and the browser sign in for real.
/// </summary>
public static class TestAuthentication
{
    public const string Scheme = "Test";
    public const string UserHeader = "X-Test-User";
    private const string Selector = "Test or cookie";

    /// <summary>Adds the test scheme and makes it the default for authentication when the header is present.</summary>
    public static void AddTestAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(Scheme, _ => { })
            .AddPolicyScheme(Selector, Selector, options =>
            {
                options.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(UserHeader) ? Scheme : IdentityConstants.ApplicationScheme;
                // Sending to sign in (401) and refusing (403) stay the cookie's own responses.
                options.ForwardChallenge = IdentityConstants.ApplicationScheme;
                options.ForwardForbid = IdentityConstants.ApplicationScheme;
                options.ForwardSignIn = IdentityConstants.ApplicationScheme;
                options.ForwardSignOut = IdentityConstants.ApplicationScheme;
            });
        services.PostConfigure<AuthenticationOptions>(options =>
        {
            options.DefaultScheme = Selector;
            options.DefaultAuthenticateScheme = Selector;
        });
    }

    /// <summary>Makes <paramref name="client"/> the account with this e-mail address for the test scheme.</summary>
    public static void ActAs(this HttpClient client, string email)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Remove(UserHeader);
        client.DefaultRequestHeaders.Add(UserHeader, email);
    }
}

/// <summary>Reads <see cref="TestAuthentication.UserHeader"/> and signs the request in as that account (see <see cref="TestAuthentication"/>).</summary>
public sealed class TestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(TestAuthentication.UserHeader, out var values) || values.ToString() is not { Length: > 0 } email)
        {
            return AuthenticateResult.NoResult();
        }

        var signIn = Context.RequestServices.GetRequiredService<SignInManager<ApplicationUser>>();
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null || !await signIn.CanSignInAsync(user))
        {
            // As a cookie whose account was disabled: the request is anonymous.
            return AuthenticateResult.NoResult();
        }

        var cache = Context.RequestServices.GetRequiredService<SessionCache>();
        var stamp = user.SecurityStamp ?? string.Empty;
        var principal = cache.Principal(user.Id, stamp);
        if (principal is null)
        {
            principal = await signIn.CreateUserPrincipalAsync(user);
            cache.SetPrincipal(user.Id, stamp, principal);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(principal, IdentityConstants.ApplicationScheme));
    }
}

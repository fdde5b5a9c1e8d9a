using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GovernancePortal.Web.Security;

/// <summary>
/// A sign-in always starts a new session with a new id. The cookie handler would otherwise give a sign-in made while a
/// session cookie is present that session's id again (session fixation): so on the sign-in paths, before
/// authentication, this ends the session the browser's cookie names and takes the cookie out of the request.
/// </summary>
public sealed class FreshSessionMiddleware(RequestDelegate next, IOptionsMonitor<CookieAuthenticationOptions> cookieOptions)
{
    /// <summary>The cookie handler's own claim type for the session id in the cookie.</summary>
    public const string CookieSessionIdClaim = "Microsoft.AspNetCore.Authentication.Cookies-SessionId";

    /// <summary>Paths where a POST signs in (the sign-in form).</summary>
    public static readonly PathString[] PostSignInPaths = ["/account/sign-in"];

    /// <summary>Paths where any request may sign in (single sign-on's return from the identity provider).</summary>
    public static readonly PathString[] AnySignInPaths = [SsoSettings.CallbackPath];

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        var signsIn = (HttpMethods.IsPost(context.Request.Method) && PostSignInPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase)))
            || AnySignInPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
        if (signsIn)
        {
            var options = cookieOptions.Get(IdentityConstants.ApplicationScheme);
            var name = options.Cookie.Name!;
            if (options.CookieManager.GetRequestCookie(context, name) is { Length: > 0 } value)
            {
                var sessionId = options.TicketDataFormat.Unprotect(value)?.Principal.FindFirst(CookieSessionIdClaim)?.Value;
                if (sessionId is not null)
                {
                    await context.RequestServices.GetRequiredService<UserSessions>().EndAsync(sessionId, UserSessions.SignedInAgainReason, context.RequestAborted);
                }

                var others = context.Request.Cookies.Where(c => !c.Key.Equals(name, StringComparison.Ordinal) && !c.Key.StartsWith(name + "C", StringComparison.Ordinal))
                    .Select(c => $"{c.Key}={c.Value}");
                context.Request.Headers.Cookie = string.Join("; ", others);
            }
        }

        await next(context);
    }
}

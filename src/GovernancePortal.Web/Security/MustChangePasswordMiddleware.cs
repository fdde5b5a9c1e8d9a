namespace GovernancePortal.Web.Security;

/// <summary>
/// A user whose password was set by an administrator must choose their own before using the portal: every page
/// except change password and sign out redirects there. A session signed in through single sign-on is not redirected.
/// </summary>
public sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/change-password";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        // A session signed in through single sign-on never used the portal password: it is not asked to change it.
        if (context.User.HasClaim(AppClaimsPrincipalFactory.MustChangePasswordClaim, "true")
            && !context.User.HasClaim(System.Security.Claims.ClaimTypes.AuthenticationMethod, GovernancePortal.Infrastructure.Identity.UserSession.SsoMethod)
            && !path.StartsWithSegments(ChangePasswordPath)
            && !path.StartsWithSegments("/account/sign-out")
            && !path.StartsWithSegments("/css") && !path.StartsWithSegments("/js") && !path.StartsWithSegments("/lib")
            && !path.StartsWithSegments("/health") && !path.StartsWithSegments("/error"))
        {
            context.Response.Redirect(ChangePasswordPath);
            return Task.CompletedTask;
        }

        return next(context);
    }
}

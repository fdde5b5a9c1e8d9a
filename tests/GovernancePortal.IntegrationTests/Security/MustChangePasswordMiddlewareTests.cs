using System.Security.Claims;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.Web.Security;
using Microsoft.AspNetCore.Http;

namespace GovernancePortal.IntegrationTests.Security;

/// <summary>"Must change password" sends password sessions to change it, never a single sign-on session (no password used).</summary>
public sealed class MustChangePasswordMiddlewareTests
{
    [Theory]
    [InlineData("password", "/account/change-password")]
    [InlineData("sso", null)]
    public async Task Request_MustChangePasswordFlag_RedirectsOnlyPasswordSessions(string method, string? redirect)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/admin/users";
        context.User = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "user-id"), new Claim(AppClaimsPrincipalFactory.MustChangePasswordClaim, "true"), new Claim(ClaimTypes.AuthenticationMethod, method)],
            "test"));
        var reached = false;
        var middleware = new MustChangePasswordMiddleware(_ =>
        {
            reached = true;
            return Task.CompletedTask;
        });

        await middleware.InvokeAsync(context);

        Assert.Equal(redirect is null, reached);
        Assert.Equal(redirect, context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null);
        Assert.Equal(UserSession.SsoMethod == method, reached);
    }
}

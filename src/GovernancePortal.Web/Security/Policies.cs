using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace GovernancePortal.Web.Security;

/// <summary>
/// Who may open which pages, in one place. Every page requires a signed-in user unless it is listed as anonymous here;
/// folders are restricted by role policies.
/// </summary>
public static class Policies
{
    public const string Administrator = "Administrator";

    /// <summary>Pages anyone may open without signing in.</summary>
    public static IReadOnlyList<string> AnonymousPages { get; } =
    [
        "/Account/SignIn",
        "/Account/AccessDenied",
        "/Error",
        "/Accessibility",
        "/Cookies",
    ];

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(Administrator, p => p.RequireAuthenticatedUser().RequireRole(AppRoles.Administrator));
    }

    public static void Configure(PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizeFolder("/Admin", Administrator);
        foreach (var page in AnonymousPages)
        {
            conventions.AllowAnonymousToPage(page);
        }
    }
}

using GovernancePortal.Application.Security;
using GovernancePortal.Web.Security;
using Microsoft.AspNetCore.Authorization;

namespace GovernancePortal.Web.Navigation;

/// <summary>An entry of the service navigation; shown to users who satisfy <see cref="Policy"/> (any signed-in user when null).</summary>
public sealed record NavigationItem(string Text, string Href, string? Policy = null, string? ActivePathPrefix = null);

/// <summary>The service navigation, by role. New features add their entry here.</summary>
public sealed class ServiceNavigation(IAuthorizationService authorization)
{
    public static IReadOnlyList<NavigationItem> Items { get; } =
    [
        new("Home", "/"),
        new("Framework", "/framework", PageAccess.PolicyName(Permission.ViewFramework), "/framework"),
        new("Improvement", "/improvement", PageAccess.PolicyName(Permission.ViewImprovementPlan), "/improvement"),
        new("My areas", "/framework/my-areas", PageAccess.PolicyName(Permission.ProposeFrameworkText), "/framework/my-areas"),
        new("My actions", "/improvement/my-actions", PageAccess.PolicyName(Permission.ReportActionProgress), "/improvement/my-actions"),
        new("Users", "/admin/users", PageAccess.PolicyName(Permission.ManageUsers), "/admin/users"),
        new("Audit log", "/admin/audit", PageAccess.PolicyName(Permission.ViewAuditLog), "/admin/audit"),
    ];

    public async Task<IReadOnlyList<(NavigationItem Item, bool IsCurrent)>> ForAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var visible = new List<NavigationItem>();
        foreach (var item in Items)
        {
            if (item.Policy is null || (await authorization.AuthorizeAsync(context.User, item.Policy)).Succeeded)
            {
                visible.Add(item);
            }
        }

        // One current item: the one whose prefix matches most of the path ("My areas" rather than "Framework").
        var path = context.Request.Path;
        var current = visible
            .Where(i => i.ActivePathPrefix is null ? path == i.Href : path.StartsWithSegments(i.ActivePathPrefix))
            .MaxBy(i => (i.ActivePathPrefix ?? i.Href).Length);
        return [.. visible.Select(i => (i, ReferenceEquals(i, current)))];
    }
}

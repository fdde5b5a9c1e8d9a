using GovernancePortal.Application.Security;
using GovernancePortal.Web.Security;
using Microsoft.AspNetCore.Authorization;

namespace GovernancePortal.Web.Navigation;

/// <summary>
/// An entry of the service navigation: the Razor page it opens (the layout generates the link with <c>asp-page</c>),
/// shown to users who satisfy <see cref="Policy"/> (any signed-in user when null), current on that page or, with an
/// <see cref="ActivePathPrefix"/>, anywhere under that path.
/// </summary>
public sealed record NavigationItem(string Text, string Page, string? Policy = null, string? ActivePathPrefix = null);

/// <summary>The service navigation, by role. New features add their entry here.</summary>
public sealed class ServiceNavigation(IAuthorizationService authorization, LinkGenerator links)
{
    public static IReadOnlyList<NavigationItem> Items { get; } =
    [
        new("Home", "/Index"),
        new("Framework", "/Framework/Index", PageAccess.PolicyName(Permission.ViewFramework), "/framework"),
        new("Improvement", "/Improvement/Index", PageAccess.PolicyName(Permission.ViewImprovementPlan), "/improvement"),
        new("Surveys", "/Surveys/Index", PageAccess.PolicyName(Permission.ViewSurveyAnalysis), "/surveys"),
        new("Papers", "/Papers/Index", PageAccess.PolicyName(Permission.ViewPapers), "/papers"),
        new("Audit Panel", "/Panel/Index", PageAccess.PolicyName(Permission.ViewPanel), "/panel"),
        new("Recommendations", "/Recommendations/Index", PageAccess.PolicyName(Permission.ViewRecommendations), "/recommendations"),
        new("My areas", "/Framework/MyAreas/Index", PageAccess.PolicyName(Permission.ProposeFrameworkText), "/framework/my-areas"),
        new("My actions", "/Improvement/MyActions", PageAccess.PolicyName(Permission.ReportActionProgress), "/improvement/my-actions"),
        new("My surveys", "/Surveys/MySurveys", PageAccess.PolicyName(Permission.CompleteSurvey), "/surveys/my-surveys"),
        new("Users", "/Admin/Users/Index", PageAccess.PolicyName(Permission.ManageUsers), "/admin/users"),
        new("Audit log", "/Admin/Audit/Index", PageAccess.PolicyName(Permission.ViewAuditLog), "/admin/audit"),
    ];

    /// <summary>
    /// The items each signed-in principal may see. A session's principal is one object for as long as its account is
    /// unchanged (<see cref="Security.SessionTicketStore"/>), so its items are worked out once, not on every page.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<System.Security.Claims.ClaimsPrincipal, IReadOnlyList<NavigationItem>> VisibleTo = [];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Hrefs = new(StringComparer.Ordinal);

    /// <summary>The address of a navigation item's page (worked out once: the pages' routes and the path base never change while running).</summary>
    public string Href(HttpContext context, NavigationItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Hrefs.GetOrAdd(item.Page, page => links.GetPathByPage(context, page, values: new { handler = (string?)null }) ?? throw new InvalidOperationException($"No route to {page}."));
    }

    public async Task<IReadOnlyList<(NavigationItem Item, bool IsCurrent)>> ForAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!VisibleTo.TryGetValue(context.User, out var visible))
        {
            var items = new List<NavigationItem>();
            foreach (var item in Items)
            {
                if (item.Policy is null || (await authorization.AuthorizeAsync(context.User, item.Policy)).Succeeded)
                {
                    items.Add(item);
                }
            }

            visible = items;
            VisibleTo.AddOrUpdate(context.User, visible);
        }

        // One current item: the one whose prefix matches most of the path ("My areas" rather than "Framework").
        var path = context.Request.Path;
        var page = context.GetRouteValue("page") as string;
        var current = visible
            .Where(i => i.ActivePathPrefix is null ? page == i.Page : path.StartsWithSegments(i.ActivePathPrefix))
            .MaxBy(i => i.ActivePathPrefix?.Length ?? 0);
        return [.. visible.Select(i => (i, ReferenceEquals(i, current)))];
    }
}

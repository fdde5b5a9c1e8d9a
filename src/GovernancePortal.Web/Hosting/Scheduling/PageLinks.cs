using GovernancePortal.Infrastructure.Mail;

namespace GovernancePortal.Web.Hosting.Scheduling;

/// <summary>E-mail links from the pages' own routes (their <c>@page</c> templates), outside any web request.</summary>
public sealed class PageLinks(LinkGenerator links) : IPageLinks
{
    public string PathFor(string page, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var routeValues = new RouteValueDictionary();
        foreach (var (name, value) in values)
        {
            routeValues[name] = value;
        }

        return links.GetPathByPage(page, handler: null, values: routeValues)
            ?? throw new InvalidOperationException($"No link can be made to the page {page} with {string.Join(", ", values.Keys)}: the page or its route is missing.");
    }
}

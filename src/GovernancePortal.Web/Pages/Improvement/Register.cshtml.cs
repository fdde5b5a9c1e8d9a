using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Features.Improvement.Register;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Improvement;

public sealed class RegisterModel(IMediator mediator) : RegisterFilterPageModel
{
    /// <summary>
    /// The query parameter of the page number. Not "page": Razor Pages keeps the page's own path in a route value of
    /// that name, which model binding reads first, so "?page=2" would never bind (and would leave an error behind).
    /// </summary>
    public const string PageParameter = "pageNumber";

    [BindProperty(SupportsGet = true, Name = PageParameter)]
    public int PageNumber { get; set; } = 1;

    public RegisterPage Register { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Register = await mediator.Send(new BrowseRegister.Query(Filter, PageNumber), cancellationToken);

    /// <summary>
    /// The register of one area of a plan. "area" is a query parameter here, not the route value of that name (which
    /// names an MVC area), so it is added to the page's address rather than passed as a route value.
    /// </summary>
    public static string AreaLink(IUrlHelper url, int planId, int areaId)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Page("/Improvement/Register") + Microsoft.AspNetCore.Http.QueryString.Create(
        [
            new KeyValuePair<string, string?>("plan", planId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new KeyValuePair<string, string?>("area", areaId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
    }

    /// <summary>The register's (or its export's) URL with the current filters and some changed (e.g. another page or sort).</summary>
    public string FilterUrl(string pageName = "/Improvement/Register", int? page = null, string? sort = null, string? format = null)
    {
        var query = new List<KeyValuePair<string, string?>>
        {
            new("org", Org),
            new("plan", Plan?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("area", Area?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("owner", Owner?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("rag", Rag),
            new("status", Status),
            new("overdue", Overdue ? "true" : null),
            new("slipped", Slipped ? "true" : null),
            new("mine", Mine ? "true" : null),
            new("q", Search),
            new("sort", sort ?? Sort),
            new("format", format),
            new(PageParameter, page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        };
        return Url.Page(pageName) + Microsoft.AspNetCore.Http.QueryString.Create(query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}

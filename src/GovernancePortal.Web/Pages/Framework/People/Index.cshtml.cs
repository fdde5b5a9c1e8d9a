using GovernancePortal.Application.Features.Framework.People;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.People;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    /// <summary>Include archived people (the "archived" query string).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Archived { get; set; }

    /// <summary>Only people of this business group (the "group" query string).</summary>
    [BindProperty(SupportsGet = true, Name = "group")]
    public string? Group { get; set; }

    public ListPeople.PeopleList People { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        People = await mediator.Send(new ListPeople.Query(Org, Archived, Group), cancellationToken);
}

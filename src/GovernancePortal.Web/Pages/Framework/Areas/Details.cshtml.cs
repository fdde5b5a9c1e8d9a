using GovernancePortal.Application.Features.Framework.Areas;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.Areas;

public sealed class DetailsModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    public AreaView Area { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Area = await mediator.Send(new AreaDetails.Query(Org, Id, Year), cancellationToken);
}

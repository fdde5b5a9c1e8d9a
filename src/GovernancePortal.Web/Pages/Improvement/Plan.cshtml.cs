using GovernancePortal.Application.Features.Improvement;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement;

public sealed class PlanModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string Plan { get; set; } = string.Empty;

    public ViewPlan.Details Details { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Details = await mediator.Send(new ViewPlan.Query(Org, Plan), cancellationToken);
}

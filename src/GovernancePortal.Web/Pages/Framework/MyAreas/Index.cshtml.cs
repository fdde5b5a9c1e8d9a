using GovernancePortal.Application.Features.Framework.MyAreas;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.MyAreas;

public sealed class IndexModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty]
    public LeadAreas.Form Input { get; set; } = new();

    public LeadAreas.Areas Areas { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new LeadAreas.WithdrawCommand(Input.ProposalId, Input.Version), cancellationToken);
        TempData["Success"] = "Your proposal has been withdrawn";
        return RedirectToPage("/Framework/MyAreas/Index");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Areas = await mediator.Send(new LeadAreas.Query(), cancellationToken);
}

using GovernancePortal.Application.Features.Proposals;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.MyAreas;

public sealed class IndexModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty]
    public WithdrawInput Input { get; set; } = new();

    public Application.Features.Proposals.MyAreas Areas { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new WithdrawProposalCommand(Input.ProposalId, Input.Version), cancellationToken);
        TempData["Success"] = "Your proposal has been withdrawn";
        return Redirect("/framework/my-areas");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Areas = await mediator.Send(new GetMyAreasQuery(), cancellationToken);

    public sealed class WithdrawInput
    {
        public int ProposalId { get; set; }

        public Guid Version { get; set; }
    }
}

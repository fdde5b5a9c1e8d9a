using GovernancePortal.Application.Features.Proposals;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.Proposals;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    public ProposalQueue Queue { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Queue = await mediator.Send(new ListProposalsQuery(Org), cancellationToken);
}

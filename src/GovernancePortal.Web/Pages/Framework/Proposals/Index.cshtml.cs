using GovernancePortal.Application.Features.Framework.Proposals;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.Proposals;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    public ListProposals.Queue Queue { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Queue = await mediator.Send(new ListProposals.Query(Org), cancellationToken);
}

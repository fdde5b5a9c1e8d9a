using GovernancePortal.Application.Features.Papers;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Papers;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public ListPapers.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new ListPapers.Query(), cancellationToken);
}

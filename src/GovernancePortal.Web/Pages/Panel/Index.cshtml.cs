using GovernancePortal.Application.Features.Panel;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Panel;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public ViewPanel.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new ViewPanel.Query(), cancellationToken);
}

using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Features.Improvement.Overview;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public ImprovementOverview Overview { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Overview = await mediator.Send(new ImprovementHome.Query(), cancellationToken);
}

using GovernancePortal.Application.Features.Framework;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<FrameworkSummary> Frameworks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Frameworks = await mediator.Send(new ListFrameworks.Query(), cancellationToken);
}

using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Features.Improvement.Actions;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement;

public sealed class ReviewsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<PendingUpdateRow> Pending { get; private set; } = [];

    public IReadOnlyList<PendingDateRequestRow> DateRequests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var queue = await mediator.Send(new ReviewQueue.Query(), cancellationToken);
        Pending = queue.Updates;
        DateRequests = queue.DateRequests;
    }
}

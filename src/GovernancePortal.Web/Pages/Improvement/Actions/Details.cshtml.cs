using Mediator;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

public sealed class DetailsModel(IMediator mediator) : ActionPageModel(mediator)
{
    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);
}

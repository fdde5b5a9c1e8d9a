using GovernancePortal.Application.Features.Papers;
using Mediator;

namespace GovernancePortal.Web.Pages.Papers;

public sealed class ChecksModel(IMediator mediator) : PaperPageModel(mediator)
{
    public GetPaperChecks.View View { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public override async Task ReloadAsync(CancellationToken cancellationToken) =>
        View = await Mediator.Send(new GetPaperChecks.Query(Id), cancellationToken);
}

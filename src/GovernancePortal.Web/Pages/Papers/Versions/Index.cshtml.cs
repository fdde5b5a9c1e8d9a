using GovernancePortal.Application.Features.Papers.Versions;
using Mediator;

namespace GovernancePortal.Web.Pages.Papers.Versions;

public sealed class IndexModel(IMediator mediator) : PaperPageModel(mediator)
{
    public ListPaperVersions.View View { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public override async Task ReloadAsync(CancellationToken cancellationToken) =>
        View = await Mediator.Send(new ListPaperVersions.Query(Id), cancellationToken);
}

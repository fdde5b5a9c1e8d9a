using GovernancePortal.Application.Features.Improvement.Actions;
using Mediator;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

public sealed class DetailsModel(IMediator mediator) : ActionPageModel(mediator)
{
    /// <summary>The survey flags the action was raised from, if any.</summary>
    public IReadOnlyList<ShowAction.SurveyOrigin> RaisedFrom { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        RaisedFrom = await Mediator.Send(new ShowAction.SurveyOriginsQuery(Id), cancellationToken);
    }
}

using GovernancePortal.Application.Features.Surveys;
using Mediator;

namespace GovernancePortal.Web.Pages.Surveys;

public sealed class DetailsModel(IMediator mediator) : SurveyPageModel(mediator)
{
    public SurveyDetails.View View { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public override async Task ReloadAsync(CancellationToken cancellationToken) =>
        View = await Mediator.Send(new SurveyDetails.Query(Id), cancellationToken);
}

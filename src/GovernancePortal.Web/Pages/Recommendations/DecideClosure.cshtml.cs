using GovernancePortal.Application.Features.Recommendations;
using GovernancePortal.Domain.Recommendations;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Recommendations;

public sealed class DecideClosureModel(IMediator mediator) : RecommendationPageModel(mediator)
{
    [BindProperty]
    public DecideRecommendationClosure.Form Input { get; set; } = new();

    public DecideRecommendationClosure.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.Version = Heading.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var status = await Mediator.Send(new DecideRecommendationClosure.Command(Id, Input.Version, Input.Decision, Input.Comment, Input.ApprovingBody, Input.Reason), cancellationToken);
        return BackToRecommendation(status == RecommendationStatus.Closed
            ? "Closure has been accepted: the recommendation is closed"
            : "Closure has been rejected: the recommendation is back in progress");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new DecideRecommendationClosure.Query(Id), cancellationToken);
        Heading = View.Heading;
        if (AfterConflict)
        {
            Input.Version = Heading.Version;
        }
    }
}

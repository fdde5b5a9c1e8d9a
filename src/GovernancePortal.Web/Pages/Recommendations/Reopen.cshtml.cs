using GovernancePortal.Application.Features.Recommendations;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Recommendations;

public sealed class ReopenModel(IMediator mediator) : RecommendationPageModel(mediator)
{
    [BindProperty]
    public ReopenRecommendation.Form Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.Version = Heading.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new ReopenRecommendation.Command(Id, Input.Version, Input.Reason), cancellationToken);
        return BackToRecommendation("The recommendation has been reopened");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Heading = await Mediator.Send(new ReopenRecommendation.Query(Id), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = Heading.Version;
        }
    }
}

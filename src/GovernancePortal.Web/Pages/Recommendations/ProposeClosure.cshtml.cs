using GovernancePortal.Application.Features.Recommendations;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Recommendations;

public sealed class ProposeClosureModel(IMediator mediator) : RecommendationPageModel(mediator)
{
    [BindProperty]
    public ProposeRecommendationClosure.Form Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.Version = Heading.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new ProposeRecommendationClosure.Command(Id, Input.Version, Input.Evidence), cancellationToken);
        return BackToRecommendation("Closure has been proposed: the governance team will decide");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Heading = await Mediator.Send(new ProposeRecommendationClosure.Query(Id), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = Heading.Version;
        }
    }
}

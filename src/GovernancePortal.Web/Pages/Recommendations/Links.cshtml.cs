using GovernancePortal.Application.Features.Recommendations;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Recommendations;

public sealed class LinksModel(IMediator mediator) : RecommendationPageModel(mediator)
{
    [BindProperty]
    public LinkRecommendationActions.Form Input { get; set; } = new();

    public LinkRecommendationActions.View View { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostLinkAsync(CancellationToken cancellationToken)
    {
        var code = await Mediator.Send(new LinkRecommendationActions.Command(Id, Input.Version, Input.ActionId, Add: true), cancellationToken);
        TempData["Success"] = $"{code} has been linked";
        return RedirectToPage("/Recommendations/Links", new { id = Id });
    }

    public async Task<IActionResult> OnPostUnlinkAsync(CancellationToken cancellationToken)
    {
        var code = await Mediator.Send(new LinkRecommendationActions.Command(Id, Input.Version, Input.ActionId, Add: false), cancellationToken);
        TempData["Success"] = $"{code} has been unlinked";
        return RedirectToPage("/Recommendations/Links", new { id = Id });
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new LinkRecommendationActions.Query(Id), cancellationToken);
        Heading = View.Heading;
    }
}

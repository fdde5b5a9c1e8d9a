using GovernancePortal.Application.Features.Recommendations;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Recommendations;

public sealed class StartModel(IMediator mediator) : RecommendationPageModel(mediator)
{
    [BindProperty]
    public Guid Version { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Version = Heading.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new StartRecommendation.Command(Id, Version), cancellationToken);
        return BackToRecommendation("The recommendation is now in progress");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken) =>
        Heading = await Mediator.Send(new StartRecommendation.Query(Id), cancellationToken);
}

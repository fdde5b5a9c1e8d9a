using GovernancePortal.Application.Features.Papers;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Papers;

public sealed class SubmitModel(IMediator mediator) : PaperPageModel(mediator)
{
    [BindProperty]
    public PaperVersionInput Input { get; set; } = new();

    public PaperHeading Paper { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.Version = Paper.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new SubmitPaper.Command(Id, Input.Version), cancellationToken);
        return BackToPaper("The paper has been sent for review");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Paper = await Mediator.Send(new SubmitPaper.Query(Id), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = Paper.Version;
        }
    }
}

using GovernancePortal.Application.Features.Papers;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Papers;

public sealed class ApproveModel(IMediator mediator) : PaperPageModel(mediator)
{
    [BindProperty]
    public PaperVersionInput Input { get; set; } = new();

    public GetPaperChecks.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.Version = View.Paper.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new ApprovePaper.Command(Id, Input.Version), cancellationToken);
        return BackToPaper("The paper has been approved");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new ApprovePaper.Query(Id), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Paper.Version;
        }
    }
}

using GovernancePortal.Application.Features.Papers;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Papers;

public sealed class AppendicesModel(IMediator mediator) : PaperPageModel(mediator)
{
    [BindProperty]
    public EditAppendices.Form Input { get; set; } = new();

    public EditAppendices.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new EditAppendices.Command(Id, Input.Version, Input.Rows), cancellationToken);
        return BackToPaper("The appendices have been saved");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new EditAppendices.Query(Id), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Input.Version;
        }
    }
}

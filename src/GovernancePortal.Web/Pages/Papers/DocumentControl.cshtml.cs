using GovernancePortal.Application.Features.Papers;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Papers;

public sealed class DocumentControlModel(IMediator mediator) : PaperPageModel(mediator)
{
    [BindProperty]
    public EditDocumentControl.Form Input { get; set; } = new();

    public EditDocumentControl.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new EditDocumentControl.Command(Id, Input.Version, Input.Rows), cancellationToken);
        return BackToPaper("The document control table has been saved");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new EditDocumentControl.Query(Id), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Input.Version;
        }
    }
}

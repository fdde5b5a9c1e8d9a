using GovernancePortal.Application.Features.Papers;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Papers;

public sealed class SignatoriesModel(IMediator mediator) : PaperPageModel(mediator)
{
    [BindProperty]
    public EditSignatories.Form Input { get; set; } = new();

    public EditSignatories.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new EditSignatories.Command(Id, Input.Version, Input.Rows), cancellationToken);
        return BackToPaper("The signatories have been saved");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new EditSignatories.Query(Id), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Input.Version;
        }
    }
}

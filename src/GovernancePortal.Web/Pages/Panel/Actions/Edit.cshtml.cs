using GovernancePortal.Application.Features.Panel.Actions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Panel.Actions;

public sealed class EditModel(IMediator mediator) : RecordPageModel(mediator, "/Panel/Actions/Index")
{
    [BindProperty]
    public EditPanelAction.Form Input { get; set; } = new();

    public EditPanelAction.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new EditPanelAction.Command(Id, Input.Version, Input.Request, Input.Owner, Input.DueMeetingId), cancellationToken);
        TempData["Success"] = "The Panel action has been saved";
        return RedirectToPage("/Panel/Actions/Index");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new EditPanelAction.Query(Id), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Input.Version;
        }
    }
}

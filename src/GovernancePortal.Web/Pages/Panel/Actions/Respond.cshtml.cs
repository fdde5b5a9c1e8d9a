using GovernancePortal.Application.Features.Panel.Actions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Panel.Actions;

public sealed class RespondModel(IMediator mediator) : RecordPageModel(mediator, "/Panel/Actions/Index")
{
    [BindProperty]
    public RespondToPanelAction.Form Input { get; set; } = new();

    public RespondToPanelAction.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new RespondToPanelAction.Command(Id, Input.Version, Input.Response, Input.Close), cancellationToken);
        TempData["Success"] = Input.Close ? "The response has been recorded and the action closed" : "The response has been recorded";
        return RedirectToPage("/Panel/Actions/Index");
    }

    public async Task<IActionResult> OnPostReopenAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new RespondToPanelAction.Reopen(Id, Input.Version), cancellationToken);
        TempData["Success"] = "The action has been reopened";
        return RedirectToPage("/Panel/Actions/Respond", new { id = Id });
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new RespondToPanelAction.Query(Id), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Input.Version;
        }
    }
}

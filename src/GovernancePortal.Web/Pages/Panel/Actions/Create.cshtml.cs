using GovernancePortal.Application.Features.Panel.Actions;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Panel.Actions;

public sealed class CreateModel(IMediator mediator) : PageModel, IReloadOnError
{
    /// <summary>The meeting the action was raised at, when the link came from a meeting's page.</summary>
    [BindProperty(SupportsGet = true, Name = "meeting")]
    public int? MeetingId { get; set; }

    [BindProperty]
    public RaisePanelAction.Form Input { get; set; } = new();

    public RaisePanelAction.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new RaisePanelAction.Command(Input.RaisedAtMeetingId, Input.Organisation, Input.Request, Input.Owner, Input.DueMeetingId), cancellationToken);
        TempData["Success"] = "The Panel action has been recorded";
        return RedirectToPage("/Panel/Actions/Index");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new RaisePanelAction.Query(MeetingId), cancellationToken);
}

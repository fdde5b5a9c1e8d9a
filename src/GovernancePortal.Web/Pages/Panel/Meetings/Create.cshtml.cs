using GovernancePortal.Application.Features.Panel.Meetings;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Panel.Meetings;

public sealed class CreateModel(IMediator mediator) : PageModel, IReloadOnError, IMeetingFormPage
{
    [BindProperty]
    public MeetingForm Input { get; set; } = new();

    /// <summary>Meetings need the panel set up first.</summary>
    public bool PanelExists { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new PlanMeeting.Command(Input.Date, Input.StartsAt, Input.Location, Input.IsOnline, Input.NextMeetingOn), cancellationToken);
        TempData["Success"] = "The meeting has been planned. Add its agenda and attendees when they are known.";
        return RedirectToPage("/Panel/Meetings/Details", new { id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        PanelExists = await mediator.Send(new PlanMeeting.Query(), cancellationToken);
}

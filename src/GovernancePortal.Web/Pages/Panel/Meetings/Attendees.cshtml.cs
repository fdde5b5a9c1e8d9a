using GovernancePortal.Application.Features.Panel.Meetings;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Panel.Meetings;

public sealed class AttendeesModel(IMediator mediator) : MeetingPageModel(mediator)
{
    [BindProperty]
    public RecordAttendees.Form Input { get; set; } = new();

    public RecordAttendees.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new RecordAttendees.Command(Id, Input.Version, Input.Rows), cancellationToken);
        return BackToMeeting("The attendance has been saved");
    }

    /// <summary>Adds the panel's members serving on the day (as present) to the rows as typed, without saving.</summary>
    public async Task<IActionResult> OnPostFillAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        var typed = Input.Rows.Where(r => !string.IsNullOrWhiteSpace(r.Name)).ToList();
        typed.AddRange(View.Members.Where(m => !typed.Any(r => string.Equals(r.Name?.Trim(), m.Name, StringComparison.OrdinalIgnoreCase))));
        typed.AddRange(Enumerable.Range(0, RecordAttendees.SpareRows).Select(_ => new RecordAttendees.Row()));
        Input.Rows = typed;
        ModelState.Clear();
        return Page();
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new RecordAttendees.Query(Id), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Input.Version;
        }
    }
}

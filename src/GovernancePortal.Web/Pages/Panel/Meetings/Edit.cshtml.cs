using GovernancePortal.Application.Features.Panel;
using GovernancePortal.Application.Features.Panel.Meetings;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Panel.Meetings;

public sealed class EditModel(IMediator mediator) : MeetingPageModel(mediator), IMeetingFormPage
{
    [BindProperty]
    public MeetingForm Input { get; set; } = new();

    public MeetingHeading Meeting { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var view = await Mediator.Send(new RescheduleMeeting.Query(Id), cancellationToken);
        (Meeting, Input) = (view.Meeting, view.Input);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new RescheduleMeeting.Command(Id, Input.Version, Input.Date, Input.StartsAt, Input.Location, Input.IsOnline, Input.NextMeetingOn), cancellationToken);
        return BackToMeeting("The meeting's date and place have been saved");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var view = await Mediator.Send(new RescheduleMeeting.Query(Id), cancellationToken);
        Meeting = view.Meeting;
        if (AfterConflict)
        {
            Input.Version = view.Input.Version;
        }
    }
}

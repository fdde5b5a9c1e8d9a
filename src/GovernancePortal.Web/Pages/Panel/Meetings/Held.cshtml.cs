using GovernancePortal.Application.Features.Panel;
using GovernancePortal.Application.Features.Panel.Meetings;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Panel.Meetings;

public sealed class HeldModel(IMediator mediator) : MeetingPageModel(mediator)
{
    [BindProperty]
    public VersionInput Input { get; set; } = new();

    public MeetingHeading Meeting { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.Version = Meeting.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new RecordHeld.Command(Id, Input.Version), cancellationToken);
        return BackToMeeting("The meeting has been recorded as held. Questions on its papers are closed.");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Meeting = await Mediator.Send(new RecordHeld.Query(Id), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = Meeting.Version;
        }
    }
}

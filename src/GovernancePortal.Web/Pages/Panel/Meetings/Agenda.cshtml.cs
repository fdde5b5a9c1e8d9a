using GovernancePortal.Application.Features.Panel.Meetings;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Panel.Meetings;

public sealed class AgendaModel(IMediator mediator) : MeetingPageModel(mediator)
{
    [BindProperty]
    public EditAgenda.Form Input { get; set; } = new();

    public EditAgenda.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new EditAgenda.Command(Id, Input.Version, Input.Rows), cancellationToken);
        return BackToMeeting("The agenda has been saved");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new EditAgenda.Query(Id), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Input.Version;
        }
    }
}

using GovernancePortal.Application.Features.Papers;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Papers;

public sealed class EditModel(IMediator mediator) : PaperPageModel(mediator)
{
    [BindProperty]
    public EditPaper.Form Input { get; set; } = new();

    public EditPaper.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(
            new EditPaper.Command(Id, Input.Version, Input.Title, Input.Subtitle, Input.ProtectiveMarking, Input.MeetingName, Input.MeetingDate.Date, !Input.MeetingDate.IsEmpty, Input.ReportBy, Input.PreviousReportOn.Date, !Input.PreviousReportOn.IsEmpty),
            cancellationToken);
        return BackToPaper("The title block has been saved");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new EditPaper.Query(Id), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Input.Version;
        }
    }
}

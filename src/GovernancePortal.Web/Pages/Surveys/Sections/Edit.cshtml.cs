using GovernancePortal.Application.Features.Surveys.Sections;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Surveys.Sections;

public sealed class EditModel(IMediator mediator) : SurveyPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int SectionId { get; set; }

    [BindProperty]
    public EditSection.Form Input { get; set; } = new();

    public EditSection.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new EditSection.Command(Id, SectionId, Input.Version, Input.Title, Input.Guidance, Input.GovernanceAreaId), cancellationToken);
        return BackToSurvey("The section has been saved");
    }

    public async Task<IActionResult> OnPostMoveAsync(int direction, CancellationToken cancellationToken)
    {
        await Mediator.Send(new EditSection.MoveCommand(Id, SectionId, Input.Version, direction), cancellationToken);
        return BackToSurvey(direction < 0 ? "The section has been moved up" : "The section has been moved down");
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new EditSection.RemoveCommand(Id, SectionId, Input.Version), cancellationToken);
        return BackToSurvey("The section and its questions have been removed");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new EditSection.Query(Id, SectionId), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Input.Version;
        }
    }
}

using GovernancePortal.Application.Features.Surveys.Questions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Surveys.Questions;

public sealed class EditModel(IMediator mediator) : SurveyPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int SectionId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int QuestionId { get; set; }

    [BindProperty]
    public EditQuestion.Form Input { get; set; } = new();

    public EditQuestion.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new EditQuestion.Command(Id, SectionId, QuestionId, Input.Version, Input.Kind, Input.Text, Input.Hint, Input.IsRequired), cancellationToken);
        return BackToSurvey("The question has been saved");
    }

    public async Task<IActionResult> OnPostCorrectAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new EditQuestion.CorrectCommand(Id, SectionId, QuestionId, Input.Version, Input.Text, Input.Hint, Input.Reason), cancellationToken);
        return BackToSurvey("The wording has been corrected. The earlier wording is kept as a version, and answers show the wording they were given against.");
    }

    public async Task<IActionResult> OnPostMoveAsync(int direction, CancellationToken cancellationToken)
    {
        await Mediator.Send(new EditQuestion.MoveCommand(Id, SectionId, QuestionId, Input.Version, direction), cancellationToken);
        return BackToSurvey(direction < 0 ? "The question has been moved up" : "The question has been moved down");
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new EditQuestion.RemoveCommand(Id, SectionId, QuestionId, Input.Version), cancellationToken);
        return BackToSurvey("The question has been removed");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new EditQuestion.Query(Id, SectionId, QuestionId), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Input.Version;
        }
    }
}

using GovernancePortal.Application.Features.Surveys.Questions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Surveys.Questions;

public sealed class CreateModel(IMediator mediator) : SurveyPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int SectionId { get; set; }

    [BindProperty]
    public CreateQuestion.Form Input { get; set; } = new();

    public CreateQuestion.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.Version = View.Survey.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new CreateQuestion.Command(Id, SectionId, Input.Version, Input.Kind, Input.Text, Input.Hint, Input.IsRequired), cancellationToken);
        return BackToSurvey("The question has been added");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new CreateQuestion.Query(Id, SectionId), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Survey.Version;
        }
    }
}

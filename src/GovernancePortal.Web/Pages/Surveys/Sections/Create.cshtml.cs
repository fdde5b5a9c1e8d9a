using GovernancePortal.Application.Features.Surveys.Sections;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Surveys.Sections;

public sealed class CreateModel(IMediator mediator) : SurveyPageModel(mediator)
{
    [BindProperty]
    public CreateSection.Form Input { get; set; } = new();

    public CreateSection.Choices Choices { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.Version = Choices.Survey.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new CreateSection.Command(Id, Input.Version, Input.Title, Input.Guidance, Input.GovernanceAreaId), cancellationToken);
        return BackToSurvey("The section has been added");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Choices = await Mediator.Send(new CreateSection.Query(Id), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = Choices.Survey.Version;
        }
    }
}

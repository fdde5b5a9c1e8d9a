using GovernancePortal.Application.Features.Surveys;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Surveys;

public sealed class CloseModel(IMediator mediator) : SurveyPageModel(mediator)
{
    [BindProperty]
    public VersionInput Input { get; set; } = new();

    public CloseSurvey.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.Version = View.Survey.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new CloseSurvey.Command(Id, Input.Version), cancellationToken);
        return BackToSurvey("The survey has been closed");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new CloseSurvey.Query(Id), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Survey.Version;
        }
    }
}

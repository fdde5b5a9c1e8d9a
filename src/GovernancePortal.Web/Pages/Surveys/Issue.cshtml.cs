using GovernancePortal.Application.Features.Surveys;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Surveys;

public sealed class IssueModel(IMediator mediator) : SurveyPageModel(mediator)
{
    [BindProperty]
    public VersionInput Input { get; set; } = new();

    public IssueSurvey.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.Version = View.Survey.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new IssueSurvey.Command(Id, Input.Version), cancellationToken);
        return BackToSurvey("The survey has been issued and the invitations are on their way");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new IssueSurvey.Query(Id), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Survey.Version;
        }
    }
}

/// <summary>A confirmation form: only the version of the survey the user looked at.</summary>
public sealed class VersionInput
{
    public Guid Version { get; set; }
}

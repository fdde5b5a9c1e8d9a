using GovernancePortal.Application.Features.Surveys.Respondents;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Surveys.Respondents;

public sealed class EditModel(IMediator mediator) : SurveyPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int ReturnId { get; set; }

    [BindProperty]
    public EditRespondent.Form Input { get; set; } = new();

    public EditRespondent.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new EditRespondent.Command(Id, ReturnId, Input.Version, Input.Deadline.Date, Input.Delegates), cancellationToken);
        return Back("The respondent's deadline and delegates have been saved");
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new EditRespondent.RemoveCommand(Id, ReturnId, Input.Version), cancellationToken);
        return Back("The respondent has been removed");
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new EditRespondent.Query(Id, ReturnId), cancellationToken);
        if (AfterConflict)
        {
            Input.Version = View.Input.Version;
        }
    }

    private RedirectToPageResult Back(string message)
    {
        TempData["Success"] = message;
        return RedirectToPage("/Surveys/Respondents/Index", new { id = Id });
    }
}

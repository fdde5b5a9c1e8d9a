using GovernancePortal.Application.Features.Panel.Questions;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Panel.Questions;

public sealed class AnswerModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public AnswerQuestion.Form Input { get; set; } = new();

    public AnswerQuestion.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var publication = await mediator.Send(new AnswerQuestion.Command(Id, Input.Version, Input.Answer), cancellationToken);
        TempData["Success"] = "The answer has been saved";
        return RedirectToPage("/Panel/Publications/Details", new { id = publication });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await mediator.Send(new AnswerQuestion.Query(Id), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            Input.Version = View.Input.Version;
        }
    }
}

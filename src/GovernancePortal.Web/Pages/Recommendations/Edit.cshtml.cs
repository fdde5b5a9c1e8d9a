using GovernancePortal.Application.Features.Recommendations;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Recommendations;

public sealed class EditModel(IMediator mediator) : PageModel, IReloadOnError, IRecommendationFormPage
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public RecommendationForm Input { get; set; } = new();

    public EditRecommendation.View View { get; private set; } = default!;

    public RecommendationChoices Choices => View.Choices;

    public bool Creating => false;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new EditRecommendation.Command(Id, Input), cancellationToken);
        TempData["Success"] = "The recommendation has been saved";
        return RedirectToPage("/Recommendations/Details", new { id = Id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await mediator.Send(new EditRecommendation.Query(Id), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            Input.Version = View.Input.Version;
        }
    }
}

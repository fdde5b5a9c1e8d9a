using GovernancePortal.Application.Features.Recommendations;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Recommendations;

public sealed class CreateModel(IMediator mediator) : PageModel, IReloadOnError, IRecommendationFormPage
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty]
    public RecommendationForm Input { get; set; } = new();

    public RecommendationChoices Choices { get; private set; } = default!;

    public bool Creating => true;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new CreateRecommendation.Command(Org, Input), cancellationToken);
        TempData["Success"] = "The recommendation has been added";
        return RedirectToPage("/Recommendations/Details", new { id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Choices = await mediator.Send(new CreateRecommendation.Query(Org), cancellationToken);
}

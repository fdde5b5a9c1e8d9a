using GovernancePortal.Application.Features.Recommendations;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Recommendations;

/// <summary>The pages of one recommendation's workflow: each loads its heading (and version) and posts one use case.</summary>
public abstract class RecommendationPageModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public RecommendationHeading Heading { get; protected set; } = default!;

    protected IMediator Mediator { get; } = mediator;

    protected bool AfterConflict => ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey);

    public abstract Task ReloadAsync(CancellationToken cancellationToken);

    protected IActionResult BackToRecommendation(string message)
    {
        TempData["Success"] = message;
        return RedirectToPage("/Recommendations/Details", new { id = Id });
    }
}

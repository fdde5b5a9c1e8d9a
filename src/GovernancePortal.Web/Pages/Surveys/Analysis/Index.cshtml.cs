using GovernancePortal.Application.Features.Surveys.Analysis;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Surveys.Analysis;

/// <summary>The heat map, distribution, flags and comparison of a survey's submitted returns: /surveys/{id}/analysis.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public SurveyAnalysis.Result Analysis { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Analysis = await mediator.Send(new SurveyAnalysis.Query(Id), cancellationToken);
}

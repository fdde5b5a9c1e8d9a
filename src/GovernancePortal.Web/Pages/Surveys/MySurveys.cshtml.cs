using GovernancePortal.Application.Features.Surveys;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Surveys;

public sealed class MySurveysModel(IMediator mediator) : PageModel
{
    public MySurveys.Model Surveys { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Surveys = await mediator.Send(new MySurveys.Query(), cancellationToken);
}

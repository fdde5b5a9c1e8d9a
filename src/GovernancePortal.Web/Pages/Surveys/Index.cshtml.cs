using GovernancePortal.Application.Features.Surveys;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Surveys;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public ListSurveys.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new ListSurveys.Query(), cancellationToken);
}

using GovernancePortal.Application.Features.Surveys.Returns;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Surveys.Returns;

public sealed class DetailsModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int ReturnId { get; set; }

    public ReturnDetails.Model Return { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Return = await mediator.Send(new ReturnDetails.Query(ReturnId), cancellationToken);
}

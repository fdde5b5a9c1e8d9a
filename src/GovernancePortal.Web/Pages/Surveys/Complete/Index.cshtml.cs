using GovernancePortal.Application.Features.Surveys.Complete;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Surveys.Complete;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int ReturnId { get; set; }

    public ReturnTaskList.Model TaskList { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        TaskList = await mediator.Send(new ReturnTaskList.Query(ReturnId), cancellationToken);
}

using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Features.Improvement.Register;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement;

public sealed class MyActionsModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "all")]
    public bool IncludeClosed { get; set; }

    public RegisterPage Register { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Register = await mediator.Send(new MyActions.Query(IncludeClosed), cancellationToken);
}

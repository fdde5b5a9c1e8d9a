using GovernancePortal.Application.Features.Panel.Meetings;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Panel.Meetings;

public sealed class ChangesModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Org { get; set; }

    public ChangesSinceLastPanel.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new ChangesSinceLastPanel.Query(Id, Org ?? string.Empty), cancellationToken);
}

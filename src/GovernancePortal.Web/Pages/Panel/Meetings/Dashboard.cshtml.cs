using GovernancePortal.Application.Features.Panel.Meetings;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Panel.Meetings;

public sealed class DashboardModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Org { get; set; }

    /// <summary>A given snapshot published to the meeting (a publication's); the latest when absent.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Snapshot { get; set; }

    public PanelDashboard.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new PanelDashboard.Query(Id, Org ?? string.Empty, Snapshot), cancellationToken);
}

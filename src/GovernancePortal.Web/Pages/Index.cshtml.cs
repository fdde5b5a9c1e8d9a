using Home = GovernancePortal.Application.Features.Dashboard;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages;

/// <summary>The home dashboard after sign-in.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public Home.Model Dashboard { get; private set; } = default!;

    /// <summary>Senior leads' proposals waiting for a decision, by organisation code (only where the user decides).</summary>
    public IReadOnlyDictionary<string, int> PendingProposals { get; private set; } = new Dictionary<string, int>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Dashboard = await mediator.Send(new Home.Query(), cancellationToken);
        PendingProposals = await mediator.Send(new Application.Features.Framework.Proposals.CountPendingProposalsQuery(), cancellationToken);
    }
}

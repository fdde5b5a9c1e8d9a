using GovernancePortal.Application.Features.Recommendations;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Recommendations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Recommendations;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Org { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Theme { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public DeliveryRoute? Route { get; set; }

    [BindProperty(SupportsGet = true)]
    public RagStatus? Rag { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    public ListRecommendations.Register Register { get; private set; } = default!;

    public ListRecommendations.Filter Filter => new() { Status = Status, Theme = Theme, Source = Source, Route = Route, Rag = Rag, Overdue = Overdue };

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Register = await mediator.Send(new ListRecommendations.Query(Org, Filter), cancellationToken);
}

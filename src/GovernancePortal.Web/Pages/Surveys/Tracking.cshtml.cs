using GovernancePortal.Application.Features.Surveys;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Surveys;

/// <summary>The live response rate and the returns still outstanding: /surveys/{id}/tracking?group=…&amp;status=….</summary>
public sealed class TrackingModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "group")]
    public string? Group { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    public SurveyTracking.Result Tracking { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tracking = await mediator.Send(new SurveyTracking.Query(Id, Group, Status), cancellationToken);
}

using GovernancePortal.Application.Features.Improvement;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement;

public sealed class CreatePlanModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    /// <summary>The command as the form posts it; the organisation comes from the route.</summary>
    [BindProperty]
    public CreatePlan.Command Input { get; set; } = new(string.Empty, null, null, null);

    /// <summary>The organisation (its query checks the user may manage its plans).</summary>
    public CreatePlan.PlanOwner Organisation { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organisation = await mediator.Send(new CreatePlan.Query(Org), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        var slug = await mediator.Send(Input with { Organisation = Org }, cancellationToken);
        TempData["Success"] = "The plan has been created: add its improvement areas and actions, or import them";
        return RedirectToPage("/Improvement/Plan", new { org = Org.ToLowerInvariant(), plan = slug });
    }
}

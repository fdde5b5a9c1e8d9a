using GovernancePortal.Domain.Text;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UseCase = GovernancePortal.Application.Features.Improvement.CarryForward;

namespace GovernancePortal.Web.Pages.Improvement;

public sealed class CarryForwardModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>The command as the form posts it; the plan comes from the route, and target 0 means a new plan.</summary>
    [BindProperty]
    public UseCase.Command Input { get; set; } = new(0, Guid.Empty, null, null, null, null);

    public UseCase.Preview Preview { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        var next = Preview.LastYear.Next;
        Input = new UseCase.Command(
            Id,
            Preview.Version,
            Preview.LaterPlans.Count > 0 ? Preview.LaterPlans[0].Id : null,
            $"Governance Improvement Plan {next}",
            next.ToString(),
            next.ToString());
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(Input with { PlanId = Id, TargetPlanId = Input.TargetPlanId is > 0 ? Input.TargetPlanId : null }, cancellationToken);
        TempData["Success"] = $"{Plural.Of(result.Carried, "open action")} {Plural.Word(result.Carried, "has", "have")} been carried forward";
        return RedirectToPage("/Improvement/Plan", new { org = result.OrganisationCode.ToLowerInvariant(), plan = result.TargetSlug });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Preview = await mediator.Send(new UseCase.Query(Id), cancellationToken);
}

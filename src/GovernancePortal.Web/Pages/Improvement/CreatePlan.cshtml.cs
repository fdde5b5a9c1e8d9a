using GovernancePortal.Application.Features.Improvement.Plans;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement;

public sealed class CreatePlanModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty]
    public PlanInput Input { get; set; } = new();

    /// <summary>The organisation (its settings query checks the user may manage its plans).</summary>
    public ImprovementSettings Organisation { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organisation = await mediator.Send(new GetImprovementSettingsQuery(Org), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        var url = await mediator.Send(new CreatePlanCommand(Org, Input.Title, Input.FirstYear, Input.LastYear), cancellationToken);
        TempData["Success"] = "The plan has been created: add its improvement areas and actions, or import them";
        return Redirect(url);
    }

    public sealed class PlanInput
    {
        public string? Title { get; set; }

        public string? FirstYear { get; set; }

        public string? LastYear { get; set; }
    }
}

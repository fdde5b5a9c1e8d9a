using GovernancePortal.Application.Features.Improvement.Areas;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement.Areas;

public sealed class CreateModel(IMediator mediator) : PageModel, IReloadOnError, IAreaFormPage
{
    [BindProperty(SupportsGet = true)]
    public int PlanId { get; set; }

    /// <summary>The command as the form posts it; the plan comes from the route.</summary>
    [BindProperty]
    public AddImprovementArea.Command Input { get; set; } = new();

    public ImprovementAreaForm Form { get; private set; } = default!;

    AreaFields IAreaFormPage.Input => Input;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.PlanId = PlanId;
        var id = await mediator.Send(Input, cancellationToken);
        TempData["Success"] = "The improvement area has been added";
        return RedirectToPage("/Improvement/Plan", null, new { org = Form.OrganisationCode.ToLowerInvariant(), plan = Form.PlanSlug }, $"area-{id}");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Form = await mediator.Send(new AddImprovementArea.Query(PlanId), cancellationToken);
}

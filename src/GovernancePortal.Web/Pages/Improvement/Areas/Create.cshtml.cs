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

    [BindProperty]
    public AreaInput Input { get; set; } = new();

    public ImprovementAreaForm Form { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        var id = await mediator.Send(Input.ToCommand(PlanId, null), cancellationToken);
        TempData["Success"] = "The improvement area has been added";
        return Redirect($"{Form.PlanUrl}#area-{id}");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Form = await mediator.Send(new GetImprovementAreaFormQuery(PlanId), cancellationToken);
}

using GovernancePortal.Application.Features.Improvement.Areas;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement.Areas;

public sealed class EditModel(IMediator mediator) : PageModel, IReloadOnError, IAreaFormPage
{
    [BindProperty(SupportsGet = true)]
    public int PlanId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public AreaInput Input { get; set; } = new();

    public ImprovementAreaForm Form { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = AreaInput.From(Form.Current!);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        await mediator.Send(Input.ToCommand(PlanId, Id), cancellationToken);
        TempData["Success"] = "The improvement area has been saved";
        return Redirect($"{Form.PlanUrl}#area-{Id}");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Form = await mediator.Send(new GetImprovementAreaFormQuery(PlanId, Id), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            Input.Version = Form.Current!.Version;
        }
    }
}

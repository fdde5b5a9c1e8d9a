using GovernancePortal.Application.Features.Improvement.Areas;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement.Areas;

public sealed class AssessModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public int PlanId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public AssessImprovementArea.Form Input { get; set; } = new();


    public ImprovementAreaForm Form { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        await mediator.Send(new AssessImprovementArea.Command(Id, Input.Period, Input.AsAt.Date, Input.Assessment, Input.Narrative), cancellationToken);
        TempData["Success"] = "The progress assessment has been recorded";
        return RedirectToPage("/Improvement/Plan", null, new { org = Form.OrganisationCode.ToLowerInvariant(), plan = Form.PlanSlug }, $"area-{Id}");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Form = await mediator.Send(new AssessImprovementArea.Query(PlanId, Id), cancellationToken);
}

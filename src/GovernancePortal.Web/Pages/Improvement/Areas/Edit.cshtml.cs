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

    /// <summary>The command as the form posts it; the plan and area come from the route.</summary>
    [BindProperty]
    public EditImprovementArea.Command Input { get; set; } = new();

    public ImprovementAreaForm Form { get; private set; } = default!;

    AreaFields IAreaFormPage.Input => Input;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        var current = Form.Current!;
        Input = new EditImprovementArea.Command
        {
            Code = current.Code,
            Title = current.Title,
            Tier = current.Tier,
            Aim = current.Aim,
            MainIssue = current.MainIssue,
            Monitoring = current.Monitoring,
            PrincipleId = current.PrincipleId,
            LeadIds = [.. current.LeadIds],
            GovernanceAreaIds = [.. current.GovernanceAreaIds],
            Version = current.Version,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.PlanId = PlanId;
        Input.AreaId = Id;
        await mediator.Send(Input, cancellationToken);
        TempData["Success"] = "The improvement area has been saved";
        return RedirectToPage("/Improvement/Plan", null, new { org = Form.OrganisationCode.ToLowerInvariant(), plan = Form.PlanSlug }, $"area-{Id}");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Form = await mediator.Send(new EditImprovementArea.Query(PlanId, Id), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            Input.Version = Form.Current!.Version;
        }
    }
}

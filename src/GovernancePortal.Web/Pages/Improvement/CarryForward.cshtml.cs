using GovernancePortal.Application.Features.Improvement.Plans;
using GovernancePortal.Domain.Text;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement;

public sealed class CarryForwardModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public CarryInput Input { get; set; } = new();

    public CarryForwardPreview Preview { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        var next = Preview.LastYear.Next;
        Input = new CarryInput
        {
            Version = Preview.Version,
            TargetPlanId = Preview.LaterPlans.Count > 0 ? Preview.LaterPlans[0].Id : null,
            NewPlanFirstYear = next.ToString(),
            NewPlanLastYear = next.ToString(),
            NewPlanTitle = $"Governance Improvement Plan {next}",
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(
            new CarryForwardCommand(Id, Input.Version, Input.TargetPlanId is > 0 ? Input.TargetPlanId : null, Input.NewPlanTitle, Input.NewPlanFirstYear, Input.NewPlanLastYear),
            cancellationToken);
        TempData["Success"] = $"{Plural.Of(result.Carried, "open action")} {Plural.Word(result.Carried, "has", "have")} been carried forward";
        return Redirect(result.TargetUrl);
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Preview = await mediator.Send(new GetCarryForwardQuery(Id), cancellationToken);

    public sealed class CarryInput
    {
        /// <summary>An existing later plan; 0 or empty for a new plan.</summary>
        public int? TargetPlanId { get; set; }

        public string? NewPlanTitle { get; set; }

        public string? NewPlanFirstYear { get; set; }

        public string? NewPlanLastYear { get; set; }

        public Guid Version { get; set; }
    }
}

using GovernancePortal.Application.Features.Papers;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Papers;

public sealed class CreateModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty]
    public CreatePaper.Form Input { get; set; } = new();

    public CreatePaper.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(
            new CreatePaper.Command(
                Input.Organisation,
                Input.Kind,
                Input.Year,
                Input.Title,
                Input.MeetingName,
                Input.MeetingDate.Date,
                !Input.MeetingDate.IsEmpty,
                Input.ReportBy,
                Input.ImprovementPlanId,
                Input.PreviousReportOn.Date,
                !Input.PreviousReportOn.IsEmpty),
            cancellationToken);
        TempData["Success"] = "The paper has been started as a draft (version 1). Edit its sections, then send it for review.";
        return RedirectToPage("/Papers/Details", new { id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new CreatePaper.Query(), cancellationToken);
}

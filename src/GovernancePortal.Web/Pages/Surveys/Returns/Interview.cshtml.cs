using GovernancePortal.Application.Features.Surveys.Returns;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Surveys.Returns;

public sealed class InterviewModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public int ReturnId { get; set; }

    [BindProperty]
    public RecordInterview.Form Input { get; set; } = new();

    public RecordInterview.Model Return { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ReloadAsync(cancellationToken);

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Return = await mediator.Send(new RecordInterview.Query(ReturnId), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A date that is not a real one arrives as none: the use case asks for a real date (after checking permission).
        await mediator.Send(new RecordInterview.Command(ReturnId, Input.HeldOn.Date, Input.Notes), cancellationToken);
        TempData["Success"] = "The interview notes have been saved";
        return RedirectToPage("/Surveys/Returns/Details", null, new { returnId = ReturnId }, "interviews");
    }
}

using GovernancePortal.Application.Features.Surveys.Returns;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Surveys.Returns;

public sealed class ReopenModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public int ReturnId { get; set; }

    [BindProperty]
    public ReopenReturn.Form Input { get; set; } = new();

    public ReopenReturn.Model Return { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Return = await mediator.Send(new ReopenReturn.Query(ReturnId), cancellationToken);
        Input = Return.Form;
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Return = await mediator.Send(new ReopenReturn.Query(ReturnId), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            Input.Version = Return.Form.Version;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new ReopenReturn.Command(ReturnId, Input.Version, Input.Reason), cancellationToken);
        TempData["Success"] = "The return has been reopened and its respondents told why";
        return RedirectToPage("/Surveys/Returns/Details", new { returnId = ReturnId });
    }
}

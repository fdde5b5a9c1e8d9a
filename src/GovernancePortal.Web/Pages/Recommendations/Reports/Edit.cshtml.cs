using GovernancePortal.Application.Features.Recommendations.Reports;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Recommendations.Reports;

public sealed class EditModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public EditSourceReport.Form Input { get; set; } = new();

    public EditSourceReport.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var org = await mediator.Send(new EditSourceReport.Command(Id, Input), cancellationToken);
        TempData["Success"] = "The report has been saved";
        return RedirectToPage("/Recommendations/Reports/Index", new { org });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await mediator.Send(new EditSourceReport.Query(Id), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            Input.Version = View.Input.Version;
        }
    }
}

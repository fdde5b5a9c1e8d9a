using GovernancePortal.Application.Features.Improvement.Actions;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

public sealed class CreateModel(IMediator mediator) : PageModel, IReloadOnError, IActionFormPage
{
    [BindProperty(SupportsGet = true)]
    public int PlanId { get; set; }

    [BindProperty(SupportsGet = true, Name = "area")]
    public int? AreaFromQuery { get; set; }

    [BindProperty]
    public CreateAction.Form Input { get; set; } = new();


    public ActionForm Form { get; private set; } = default!;

    public bool DueDateLocked => false;

    ActionFields IActionFormPage.Input => Input;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.AreaId = AreaFromQuery;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Input.DueDate.IsEmpty && Input.DueDate.Date is null)
        {
            throw Application.Common.Validation.Fail("DueDate", "Enter the due date as a real date, for example 31 3 2027, or leave it empty");
        }

        var id = await mediator.Send(
            new CreateAction.Command(PlanId, Input.AreaId, Input.Code, Input.Description, Input.OwnerId, Input.Source, Input.SourceReference, Input.DueDate.Date),
            cancellationToken);
        TempData["Success"] = "The action has been added";
        return RedirectToPage("/Improvement/Actions/Details", new { id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        Form = await mediator.Send(new CreateAction.Query(PlanId), cancellationToken);
}

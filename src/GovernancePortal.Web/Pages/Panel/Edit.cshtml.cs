using GovernancePortal.Application.Features.Panel;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Panel;

public sealed class EditModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty]
    public ManagePanel.Form Input { get; set; } = new();

    public ManagePanel.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = View.Input;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new ManagePanel.Command(Input.Name, Input.TermsOfReference, Input.Members, Input.Organisations, Input.Version), cancellationToken);
        TempData["Success"] = "The panel's details have been saved";
        return RedirectToPage("/Panel/Index");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await mediator.Send(new ManagePanel.Query(), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            Input.Version = View.Input.Version;
        }
    }
}

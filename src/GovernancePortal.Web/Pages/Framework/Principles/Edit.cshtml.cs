using GovernancePortal.Application.Features.Framework.Principles;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.Principles;

public sealed class EditModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public EditPrinciple.Form Input { get; set; } = new();

    public EditPrinciple.Page Details { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = Details.Form;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new EditPrinciple.Command(Org, Id, Input.Title, Input.SortOrder, Input.SubPrinciples, Input.Version), cancellationToken);
        TempData["Success"] = "The principle has been saved";
        return RedirectToPage("/Framework/Principles/Index", new { org = Org.ToLowerInvariant() });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Details = await mediator.Send(new EditPrinciple.Query(Org, Id), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            Input.Version = Details.Version;
        }
    }
}

using GovernancePortal.Application.Features.Framework.Areas;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Framework.Areas;

public sealed class EditModel(IMediator mediator) : PageModel, IReloadOnError, IAreaFormPage
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public AreaForm Input { get; set; } = new();

    public AreaFormChoices Choices { get; private set; } = default!;

    public AreaView Area { get; private set; } = default!;

    public bool IsNew => false;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await mediator.Send(new EditArea.Query(Org, Id), cancellationToken);
        (Choices, Area, Input) = (page.Choices, page.Area, page.Form);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(EditArea.Command.From(Org, Id, Input), cancellationToken);
        TempData["Success"] = "The area's details have been saved";
        return RedirectToPage("/Framework/Areas/Details", new { org = Org.ToLowerInvariant(), id = Id });
    }

    public async Task<IActionResult> OnPostArchiveAsync(bool archive, CancellationToken cancellationToken)
    {
        await mediator.Send(new EditArea.ArchiveCommand(Org, Id, archive, Input.Version ?? Guid.Empty), cancellationToken);
        TempData["Success"] = archive ? "The area has been archived" : "The area has been restored";
        return RedirectToPage("/Framework/Areas/Details", new { org = Org.ToLowerInvariant(), id = Id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var page = await mediator.Send(new EditArea.Query(Org, Id), cancellationToken);
        Choices = page.Choices;
        Area = page.Area;
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            // After a conflict the form keeps what the user typed; saving again replaces the version just shown.
            Input.Version = Area.Version;
        }
    }
}

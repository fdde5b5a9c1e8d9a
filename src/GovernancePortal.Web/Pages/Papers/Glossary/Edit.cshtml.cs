using GovernancePortal.Application.Features.Papers.Glossary;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Papers.Glossary;

public sealed class EditModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>"delete" asks to confirm the deletion.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Confirm { get; set; }

    [BindProperty]
    public EditGlossaryEntry.Form Input { get; set; } = new();

    public EditGlossaryEntry.View View { get; private set; } = default!;

    public bool ConfirmDelete => string.Equals(Confirm, "delete", StringComparison.OrdinalIgnoreCase) && HttpMethods.IsGet(Request.Method);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await mediator.Send(new EditGlossaryEntry.Query(Org, Id), cancellationToken);
        Input = View.Form;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new EditGlossaryEntry.Command(Org, Id, Input.Acronym, Input.Definition, Input.Version), cancellationToken);
        TempData["Success"] = "The acronym has been saved";
        return ToGlossary();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new EditGlossaryEntry.DeleteCommand(Org, Id, Input.Version), cancellationToken);
        TempData["Success"] = "The acronym has been deleted from the glossary";
        return ToGlossary();
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await mediator.Send(new EditGlossaryEntry.Query(Org, Id), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            // The form keeps what the user typed; saving again replaces the version just shown.
            Input.Version = View.Version;
        }
    }

    private RedirectToPageResult ToGlossary() => RedirectToPage("/Papers/Glossary/Index", new { org = Org.ToLowerInvariant() });
}

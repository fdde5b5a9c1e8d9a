using GovernancePortal.Application.Features.Papers.Glossary;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Papers.Glossary;

public sealed class CreateModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty]
    public CreateGlossaryEntry.Form Input { get; set; } = new();

    public string OrganisationName { get; private set; } = string.Empty;

    /// <summary>The acronym to prefill, from the glossary's list of acronyms used in drafts.</summary>
    public async Task OnGetAsync(string? acronym, CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input.Acronym = acronym;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new CreateGlossaryEntry.Command(Org, Input.Acronym, Input.Definition), cancellationToken);
        TempData["Success"] = "The acronym has been added to the glossary";
        return RedirectToPage("/Papers/Glossary/Index", new { org = Org.ToLowerInvariant() });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        OrganisationName = await mediator.Send(new CreateGlossaryEntry.Query(Org), cancellationToken);
}

using GovernancePortal.Application.Features.Papers.Templates;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Papers.Templates;

public sealed class SectionModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = string.Empty;

    /// <summary>The section to change; null to add one at the end.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public EditTemplateSection.Form Input { get; set; } = new();

    public EditTemplateSection.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await mediator.Send(new EditTemplateSection.Query(Org, Kind, Id), cancellationToken);
        Input = View.Form;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(
            new EditTemplateSection.Command(Org, Kind, Id, Input.Code, Input.Heading, Input.Content, Input.Elements, Input.NumberParagraphs, Input.DefaultText, Input.Version),
            cancellationToken);
        TempData["Success"] = Id is null ? "The section has been added to the template" : "The section has been saved";
        return RedirectToPage("/Papers/Templates/Index", new { org = Org.ToLowerInvariant(), kind = View?.Kind.ToString() ?? Kind });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await mediator.Send(new EditTemplateSection.Query(Org, Kind, Id), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            // The form keeps what the user typed; saving again replaces the version just shown.
            Input.Version = View.Version;
        }
    }
}

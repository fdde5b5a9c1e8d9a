using GovernancePortal.Application.Features.Papers.Opinions;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Papers.Opinions;

public sealed class EditModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    /// <summary>The reporting year as in the address, "2024-25".</summary>
    [BindProperty(SupportsGet = true)]
    public string Year { get; set; } = string.Empty;

    [BindProperty]
    public EditAuditOpinion.Form Input { get; set; } = new();

    public EditAuditOpinion.View View { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await mediator.Send(new EditAuditOpinion.Query(Org, Year), cancellationToken);
        Input = View.Form;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(
            new EditAuditOpinion.Command(Org, Year, Input.Level, Input.Opinion, Input.GivenBy, Input.GivenOn.Day, Input.GivenOn.Month, Input.GivenOn.Year, Input.Basis, Input.Version),
            cancellationToken);
        TempData["Success"] = "The audit opinion has been saved";
        return RedirectToPage("/Papers/Opinions/Edit", new { org = Org.ToLowerInvariant(), year = Year });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await mediator.Send(new EditAuditOpinion.Query(Org, Year), cancellationToken);
        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            // The form keeps what the user typed; saving again replaces the version just shown.
            Input.Version = View.Version;
        }
    }
}

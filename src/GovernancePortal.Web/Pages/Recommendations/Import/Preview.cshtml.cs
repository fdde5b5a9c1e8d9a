using GovernancePortal.Application.Features.Recommendations.Import;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Recommendations.Import;

/// <summary>
/// An uploaded file of recommendations (/recommendations/import/{id}): its first rows, the column mapping, the dry
/// run's report, and the import or discard. While a large file is checked in the background the page refreshes itself.
/// </summary>
public sealed class PreviewModel(IMediator mediator) : PageModel, IReloadOnError
{
    public const int RefreshSeconds = 1;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public RecommendationImportPreview.Form Input { get; set; } = new();

    public RecommendationImportPreview.View View { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new RecommendationImportPreview.CheckCommand(Id, Input.Version, Input.Columns), cancellationToken);
        return RedirectToPage("/Recommendations/Import/Preview", null, new { id = Id }, "report");
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        var status = await mediator.Send(new RecommendationImportPreview.ConfirmCommand(Id, Input.Version), cancellationToken);
        if (status == ImportStatus.Checked)
        {
            TempData["ImportMessage"] = "The register has changed since the dry run, so nothing was imported. The report below is up to date: check it, then import again.";
        }

        return RedirectToPage("/Recommendations/Import/Preview", new { id = Id });
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken cancellationToken)
    {
        var org = await mediator.Send(new RecommendationImportPreview.DiscardCommand(Id, Input.Version), cancellationToken);
        TempData["Success"] = "The file has been discarded. Nothing was imported.";
        return RedirectToPage("/Recommendations/Import/Index", new { org = org.ToLowerInvariant() });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await mediator.Send(new RecommendationImportPreview.Query(Id), cancellationToken);
        if (View.InProgress)
        {
            ViewData["RefreshSeconds"] = RefreshSeconds;
        }
    }

    /// <summary>The column chosen for a field: what was just posted, else the stored (or guessed) mapping.</summary>
    public string? ColumnFor(RecommendationField field) =>
        Request.HasFormContentType && Input.Columns.TryGetValue(field.ToString(), out var posted) ? posted : View.Mapping.GetValueOrDefault(field);

    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}

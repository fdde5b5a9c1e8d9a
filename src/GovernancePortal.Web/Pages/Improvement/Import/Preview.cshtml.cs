using GovernancePortal.Application.Features.Improvement.Import;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement.Import;

/// <summary>
/// An uploaded file (/improvement/import/{id}): its first rows, the column mapping, the dry run's report, and the
/// import or discard. While the batch is being checked (by the background worker, <see cref="ImportBatchWorker"/>) the
/// page only reads how far it has got, and refreshes itself.
/// </summary>
public sealed class PreviewModel(IMediator mediator) : PageModel, IReloadOnError
{
    public const int RefreshSeconds = 1;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public ImportPreview.Form Input { get; set; } = new();

    public ImportPreview.View View { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new ImportPreview.CheckCommand(Id, Input.Version, Input.Columns), cancellationToken);
        return RedirectToPage("/Improvement/Import/Preview", null, new { id = Id }, "report");
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        var status = await mediator.Send(new ImportPreview.ConfirmCommand(Id, Input.Version, Input.SkipInvalid), cancellationToken);
        if (status == ImportStatus.Checked)
        {
            TempData["ImportMessage"] = "The plan has changed since the dry run, so nothing was imported. The report below is up to date: check it, then import again.";
        }

        return RedirectToPage("/Improvement/Import/Preview", new { id = Id });
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new ImportPreview.DiscardCommand(Id, Input.Version), cancellationToken);
        TempData["Success"] = "The file has been discarded. Nothing was imported.";
        return RedirectToPage("/Improvement/Import/Index");
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        View = await mediator.Send(new ImportPreview.Query(Id), cancellationToken);
        if (View.InProgress)
        {
            ViewData["RefreshSeconds"] = RefreshSeconds;
        }
    }

    /// <summary>The column chosen for a field: what was just posted, else the stored (or guessed) mapping.</summary>
    public string? ColumnFor(ImportField field) =>
        Request.HasFormContentType && Input.Columns.TryGetValue(field.ToString(), out var posted) ? posted : View.Mapping.GetValueOrDefault(field);

    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}

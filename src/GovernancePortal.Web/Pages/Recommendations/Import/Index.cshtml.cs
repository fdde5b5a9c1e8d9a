using GovernancePortal.Application.Features.Recommendations.Import;
using GovernancePortal.Web.Filters;
using GovernancePortal.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Recommendations.Import;

/// <summary>Upload a file of external recommendations (CSV or XLSX) for an organisation: /recommendations/{org}/import.</summary>
[FileUpload]
public sealed class IndexModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty]
    public UploadInput Input { get; set; } = new();

    public RecommendationImportUpload.View View { get; private set; } = default!;

    public Task OnGetAsync(CancellationToken cancellationToken) => ReloadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var file = Input.File;
        var content = await UploadedFile.ReadAsync(file, cancellationToken);
        var id = await mediator.Send(new RecommendationImportUpload.Command(Org, file?.FileName, file?.Length ?? 0, content), cancellationToken);
        return RedirectToPage("/Recommendations/Import/Preview", new { id });
    }

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        View = await mediator.Send(new RecommendationImportUpload.Query(Org), cancellationToken);
}

/// <summary>The upload form: the file (its bytes are read here and sent in the command).</summary>
public sealed class UploadInput
{
    public IFormFile? File { get; set; }
}

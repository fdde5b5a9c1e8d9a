using GovernancePortal.Application.Features.Improvement.Export;
using GovernancePortal.Application.Features.Recommendations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Recommendations;

/// <summary>Every recommendation of an organisation as a file: /recommendations/{org}/export/csv or /xlsx (anything else is 404).</summary>
public sealed class ExportModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Org { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string Format { get; set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ExportFormat? format = Format.ToLowerInvariant() switch
        {
            "csv" => ExportFormat.Csv,
            "xlsx" => ExportFormat.Xlsx,
            _ => null,
        };
        if (format is null)
        {
            return NotFound();
        }

        var file = await mediator.Send(new RecommendationExport.Query(Org, format.Value), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }
}

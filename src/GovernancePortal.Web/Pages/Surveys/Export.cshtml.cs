using GovernancePortal.Application.Features.Improvement.Export;
using GovernancePortal.Application.Features.Surveys;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Surveys;

/// <summary>A survey's answers as a file, one row per answer: /surveys/{id}/export?format=csv|xlsx (CSV unless format=xlsx).</summary>
public sealed class ExportModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var format = string.Equals(Format, "xlsx", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Xlsx : ExportFormat.Csv;
        var file = await mediator.Send(new ExportSurvey.Query(Id, format), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }
}

using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Features.Improvement.Export;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Improvement;

/// <summary>
/// The register's actions for the register page's filters as a file: /improvement/export?format=csv|xlsx&amp;plan=…
/// (CSV unless format=xlsx). Every organisation's register may be exported by anyone who may read it.
/// </summary>
public sealed class ExportModel(IMediator mediator) : RegisterFilterPageModel
{
    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var format = string.Equals(Format, "xlsx", StringComparison.OrdinalIgnoreCase) ? ExportFormat.Xlsx : ExportFormat.Csv;
        var file = await mediator.Send(new ExportRegisterFile.Query(Filter, format), cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }
}

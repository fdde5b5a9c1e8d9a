using GovernancePortal.Application.Features.Panel.Meetings;
using GovernancePortal.Application.Features.Papers.Rendering;
using GovernancePortal.Web.Pages.Papers;
using GovernancePortal.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Panel.Meetings;

/// <summary>
/// A meeting's agenda front sheet as a file: /panel/meetings/{id}/front-sheet/pdf|html (404 for any other format). The
/// HTML is standalone and served with the same locked-down policy as a paper's HTML download.
/// </summary>
public sealed class FrontSheetModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (FrontSheet.ParseFormat(Format) is not { } format)
        {
            return NotFound();
        }

        var file = await mediator.Send(new FrontSheet.Query(Id, format), cancellationToken);
        if (format == PaperFormat.Html)
        {
            HttpContext.Items[SecurityHeadersMiddleware.PolicyOverrideKey] = DownloadModel.PolicyFor(file.Content);
        }

        return File(file.Content, file.ContentType, file.FileName);
    }
}

using GovernancePortal.Application.Features.Panel.Publications;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Panel.Publications;

/// <summary>
/// A published paper's frozen file: /panel/publications/{id}/download/pdf|html|word (404 for any other format), with
/// its SHA-256 in the X-Content-SHA256 header. The HTML file runs nothing: it is served with the same policy as a
/// paper's HTML download (<see cref="Papers.DownloadModel.PolicyFor"/>).
/// </summary>
public sealed class DownloadModel(IMediator mediator) : PageModel
{
    public const string HashHeader = "X-Content-SHA256";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (DownloadPublication.ParseFormat(Format) is not { } format)
        {
            return NotFound();
        }

        var file = await mediator.Send(new DownloadPublication.Query(Id, format), cancellationToken);
        if (format == PublishedFormat.Html)
        {
            HttpContext.Items[SecurityHeadersMiddleware.PolicyOverrideKey] = Papers.DownloadModel.PolicyFor(file.Content);
        }

        Response.Headers[HashHeader] = file.Sha256;
        return File(file.Content, file.ContentType, file.FileName);
    }
}

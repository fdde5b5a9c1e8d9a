using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using GovernancePortal.Application.Features.Papers;
using GovernancePortal.Application.Features.Papers.Rendering;
using GovernancePortal.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Papers;

/// <summary>
/// A paper (a cover report: the whole pack) as a file to download: /papers/{id}/download/pdf|html|docx (404 for any
/// other format). The HTML file is a standalone document: it is served with a policy that allows only its own embedded
/// stylesheet (by hash) and nothing else, so opening it from the portal runs no script and loads nothing.
/// </summary>
public sealed partial class DownloadModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (DownloadPaper.ParseFormat(Format) is not { } format)
        {
            return NotFound();
        }

        var file = await mediator.Send(new DownloadPaper.Query(Id, format), cancellationToken);
        if (format == PaperFormat.Html)
        {
            HttpContext.Items[SecurityHeadersMiddleware.PolicyOverrideKey] = PolicyFor(file.Content);
        }

        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>Nothing but the document's own &lt;style&gt; blocks, each allowed by its SHA-256 hash.</summary>
    public static string PolicyFor(byte[] html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var hashes = StyleBlock().Matches(Encoding.UTF8.GetString(html))
            .Select(m => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[1].Value)))}'")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var styles = hashes.Count == 0 ? "'none'" : string.Join(' ', hashes);
        return $"default-src 'none'; style-src {styles}; img-src data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    }

    [GeneratedRegex(@"<style[^>]*>(.*?)</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex StyleBlock();
}

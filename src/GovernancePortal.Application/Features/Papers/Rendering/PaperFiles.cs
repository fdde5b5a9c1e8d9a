using GovernancePortal.Application.Features.Papers.Model;

namespace GovernancePortal.Application.Features.Papers.Rendering;

public enum PaperFormat
{
    Pdf,
    Html,
    Docx,
}

/// <summary>A rendered paper or pack, ready to download.</summary>
public sealed record PaperFile(byte[] Content, string ContentType, string FileName);

/// <summary>Renders a pack in one of the three formats (PDF, accessible HTML, Word), all from the same model.</summary>
public static class PaperFiles
{
    public const string PdfContentType = "application/pdf";
    public const string HtmlContentType = "text/html; charset=utf-8";
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static PaperFile Render(PaperPack pack, PaperFormat format, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return format switch
        {
            PaperFormat.Pdf => new PaperFile(PaperPdf.Render(pack, generatedAt), PdfContentType, FileName(pack, format)),
            PaperFormat.Html => new PaperFile(System.Text.Encoding.UTF8.GetBytes(PaperHtml.Render(pack, generatedAt)), HtmlContentType, FileName(pack, format)),
            PaperFormat.Docx => new PaperFile(PaperWord.Render(pack, generatedAt), DocxContentType, FileName(pack, format)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown paper format."),
        };
    }

    /// <summary>
    /// "mps-annual-governance-statement-2016-17.pdf": the organisation code, the pack's title (or, without one, the
    /// kind of its first paper) and its year when the title does not say it, in lower-case letters, digits and hyphens.
    /// </summary>
    public static string FileName(PaperPack pack, PaperFormat format)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var first = pack.Documents.Count > 0 ? pack.Documents[0] : null;
        var organisation = PaperWording.Slug(first?.OrganisationCode ?? string.Empty);
        var title = PaperWording.Slug(string.IsNullOrWhiteSpace(pack.Title) ? first is null ? "paper" : PaperWording.KindName(first.Kind) : pack.Title);
        if (organisation.Length > 0 && !title.StartsWith(organisation + "-", StringComparison.Ordinal))
        {
            title = $"{organisation}-{title}";
        }

        var year = PaperWording.Slug(first?.YearLabel ?? string.Empty);
        if (year.Length > 0 && !title.Contains(year, StringComparison.Ordinal))
        {
            title = $"{title}-{year}";
        }

        if (title.Length > 120)
        {
            title = title[..120].TrimEnd('-');
        }

        return $"{(title.Length == 0 ? "paper" : title)}.{Extension(format)}";
    }

    public static string Extension(PaperFormat format) => format switch
    {
        PaperFormat.Pdf => "pdf",
        PaperFormat.Html => "html",
        PaperFormat.Docx => "docx",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown paper format."),
    };

    /// <summary>Reads "pdf", "html" or "docx" (any case); anything else is not a format.</summary>
    public static bool TryParse(string? value, out PaperFormat format)
    {
        format = default;
        switch (value?.Trim().ToLowerInvariant())
        {
            case "pdf":
                format = PaperFormat.Pdf;
                return true;
            case "html":
                format = PaperFormat.Html;
                return true;
            case "docx":
                format = PaperFormat.Docx;
                return true;
            default:
                return false;
        }
    }
}

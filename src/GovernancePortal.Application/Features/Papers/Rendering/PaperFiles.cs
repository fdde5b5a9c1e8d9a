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
    public static PaperFile Render(PaperPack pack, PaperFormat format, DateTimeOffset generatedAt) => throw new NotImplementedException();

    /// <summary>"met-annual-governance-statement-2016-17.pdf".</summary>
    public static string FileName(PaperPack pack, PaperFormat format) => throw new NotImplementedException();
}

using GovernancePortal.Application.Features.Papers.Model;

namespace GovernancePortal.Application.Features.Papers.Rendering;

/// <summary>Accessible HTML: semantic headings, real tables, the same content as the PDF and Word files.</summary>
public static class PaperHtml
{
    /// <summary>A complete, standalone HTML document of the pack with its own print stylesheet.</summary>
    public static string Render(PaperPack pack, DateTimeOffset generatedAt) => throw new NotImplementedException();

    /// <summary>The body of one paper as an HTML fragment (headings from h2), for showing inside the portal's pages.</summary>
    public static string RenderFragment(PaperDocument document) => throw new NotImplementedException();
}

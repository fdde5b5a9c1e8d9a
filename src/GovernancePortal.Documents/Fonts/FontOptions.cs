namespace GovernancePortal.Documents.Fonts;

/// <summary>How the engine finds fonts.</summary>
public sealed class FontOptions
{
    /// <summary>The default chain: Arial, then its metric-compatible clone Liberation Sans, then DejaVu Sans.</summary>
    public static IReadOnlyList<string> DefaultFamilies { get; } = ["Arial", "Liberation Sans", "DejaVu Sans"];

    /// <summary>
    /// Installed families to try, best first. A family is used only if SkiaSharp really returns it
    /// (SkiaSharp silently substitutes another family for a missing one, so the returned family is checked).
    /// Later families also serve as glyph fallbacks for characters the first one lacks.
    /// </summary>
    public IReadOnlyList<string> Families { get; init; } = DefaultFamilies;

    /// <summary>Explicit font files; when set they are used instead of installed families.</summary>
    public FontFiles? Files { get; init; }

    /// <summary>
    /// Embed only the glyphs a document uses (via HarfBuzz's subsetter). SkiaSharp's PDF backend otherwise
    /// embeds each font file whole (~0.3–0.4 MB per face). Falls back to whole fonts when HarfBuzz's native
    /// library is not available on the platform.
    /// </summary>
    public bool SubsetFonts { get; init; } = true;
}

/// <summary>Paths of TrueType/OpenType files for one family. Missing faces are synthesised (fake bold / oblique).</summary>
public sealed record FontFiles(string Regular, string? Bold = null, string? Italic = null, string? BoldItalic = null);

using System.Collections.Concurrent;
using SkiaSharp;

namespace GovernancePortal.Documents.Fonts;

/// <summary>
/// Resolves font families to typefaces once and caches glyph metrics. Create one per configuration and
/// share it (it is thread-safe); <see cref="Default"/> uses the default chain Arial → Liberation Sans → DejaVu Sans.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    private static readonly Lazy<FontLibrary> DefaultLibrary = new(() => new FontLibrary(new FontOptions()));

    private readonly ConcurrentDictionary<(string? Family, bool Bold, bool Italic), FontFace> _faces = new();
    private readonly ConcurrentDictionary<SKTypeface, byte[]?> _fontBytes = new();
    private readonly ConcurrentDictionary<(string Family, bool Bold, bool Italic), FaceVariant?> _families = new();
    private readonly List<SKTypeface> _owned = [];
    private readonly Lock _lock = new();
    private readonly IReadOnlyList<string> _chain;
    private readonly FaceVariant?[]? _fileFaces;

    /// <summary>Resolves the configured fonts now, so a missing font fails at start-up rather than mid-document.</summary>
    /// <exception cref="FontResolutionException">No configured family is installed.</exception>
    public FontLibrary(FontOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        if (options.Files is { } files)
        {
            _fileFaces = [LoadFile(files.Regular, required: true), LoadFile(files.Bold), LoadFile(files.Italic), LoadFile(files.BoldItalic)];
            PrimaryFamily = _fileFaces[0]!.Typeface.FamilyName;
            _chain = [.. options.Families.Where(f => !string.Equals(f, PrimaryFamily, StringComparison.OrdinalIgnoreCase))];
        }
        else
        {
            _chain = options.Families;
            var substitutes = new List<string>();
            foreach (var family in _chain)
            {
                if (TryMatchFamily(family, bold: false, italic: false, substitutes) is not null)
                {
                    PrimaryFamily = family;
                    break;
                }
            }

            if (PrimaryFamily is null)
            {
                throw new FontResolutionException(_chain, substitutes);
            }
        }
    }

    /// <summary>The shared library with default options.</summary>
    public static FontLibrary Default => DefaultLibrary.Value;

    public FontOptions Options { get; }

    /// <summary>The family actually used for text with no explicit family (e.g. "Liberation Sans" when Arial is absent).</summary>
    public string PrimaryFamily { get; } = null!;

    internal FontFace GetFace(string? family, bool bold, bool italic) =>
        _faces.GetOrAdd((family, bold, italic), key => CreateFace(key.Family, key.Bold, key.Italic));

    /// <summary>The bytes of a typeface's font file (for subsetting); null when Skia cannot provide them.</summary>
    internal byte[]? GetFontBytes(SKTypeface typeface, out int collectionIndex)
    {
        var index = 0;
        var bytes = _fontBytes.GetOrAdd(typeface, tf =>
        {
            using var stream = tf.OpenStream(out index);
            if (stream is null || !stream.HasLength)
            {
                return null;
            }

            var data = new byte[stream.Length];
            var read = stream.Read(data, data.Length);
            return read == data.Length ? data : null;
        });
        collectionIndex = index;
        return bytes;
    }

    public void Dispose()
    {
        if (ReferenceEquals(this, DefaultLibrary.IsValueCreated ? DefaultLibrary.Value : null))
        {
            return;
        }

        lock (_lock)
        {
            foreach (var tf in _owned)
            {
                tf.Dispose();
            }

            _owned.Clear();
        }
    }

    private FontFace CreateFace(string? family, bool bold, bool italic)
    {
        FaceVariant primary;
        if (_fileFaces is not null && (family is null || string.Equals(family, PrimaryFamily, StringComparison.OrdinalIgnoreCase)))
        {
            primary = FileVariant(bold, italic);
        }
        else
        {
            primary = (family is null ? null : TryMatchFamily(family, bold, italic, []))
                ?? (_fileFaces is not null ? FileVariant(bold, italic) : TryMatchFamily(PrimaryFamily, bold, italic, []))
                ?? throw new FontResolutionException(_chain, []);
        }

        return new FontFace(primary, cp => FindFallback(primary, cp, bold, italic));
    }

    private FaceVariant FileVariant(bool bold, bool italic)
    {
        var faces = _fileFaces!;
        var exact = faces[(bold ? 1 : 0) + (italic ? 2 : 0)];
        if (exact is not null)
        {
            return exact;
        }

        var basis = (bold ? faces[1] : null) ?? (italic ? faces[2] : null) ?? faces[0]!;
        return new FaceVariant(basis.Typeface, bold && !basis.Typeface.IsBold, italic && !basis.Typeface.IsItalic);
    }

    private FaceVariant? FindFallback(FaceVariant primary, int codePoint, bool bold, bool italic)
    {
        foreach (var family in _chain)
        {
            if (string.Equals(family, primary.Typeface.FamilyName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (TryMatchFamily(family, bold, italic, []) is { } candidate && candidate.Typeface.ContainsGlyph(codePoint))
            {
                return candidate;
            }
        }

        var style = new SKFontStyle(bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal, SKFontStyleWidth.Normal, italic ? SKFontStyleSlant.Italic : SKFontStyleSlant.Upright);
        var matched = SKFontManager.Default.MatchCharacter(primary.Typeface.FamilyName, style, null, codePoint);
        if (matched is null || !matched.ContainsGlyph(codePoint))
        {
            matched?.Dispose();
            return null;
        }

        Own(matched);
        return new FaceVariant(matched, bold && !matched.IsBold, italic && !matched.IsItalic);
    }

    private FaceVariant? TryMatchFamily(string family, bool bold, bool italic, List<string> substitutes)
    {
        var key = (family, bold, italic);
        if (_families.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = MatchFamily(family, bold, italic, substitutes);
        return _families.GetOrAdd(key, result);
    }

    private FaceVariant? MatchFamily(string family, bool bold, bool italic, List<string> substitutes)
    {
        var style = new SKFontStyle(bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal, SKFontStyleWidth.Normal, italic ? SKFontStyleSlant.Italic : SKFontStyleSlant.Upright);
        var typeface = SKTypeface.FromFamilyName(family, style);
        if (typeface is null)
        {
            return null;
        }

        // SkiaSharp never fails a request: it quietly returns some other family. Accept only the one asked for.
        if (!string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase))
        {
            substitutes.Add(typeface.FamilyName);
            typeface.Dispose();
            return null;
        }

        Own(typeface);
        return new FaceVariant(typeface, bold && !typeface.IsBold, italic && !typeface.IsItalic);
    }

    private FaceVariant? LoadFile(string? path, bool required = false)
    {
        if (path is null)
        {
            return required ? throw new FontResolutionException("FontFiles.Regular must be set.") : null;
        }

        if (!File.Exists(path))
        {
            throw new FontResolutionException($"Font file '{path}' does not exist.");
        }

        var typeface = SKTypeface.FromFile(path)
            ?? throw new FontResolutionException($"Font file '{path}' could not be read as a TrueType/OpenType font.");
        Own(typeface);
        return new FaceVariant(typeface, false, false);
    }

    private void Own(SKTypeface typeface)
    {
        lock (_lock)
        {
            _owned.Add(typeface);
        }
    }
}

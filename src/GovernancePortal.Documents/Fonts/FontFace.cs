using SkiaSharp;

namespace GovernancePortal.Documents.Fonts;

/// <summary>One concrete typeface (possibly with synthetic bold/italic) used to draw glyphs.</summary>
internal sealed class FaceVariant(SKTypeface typeface, bool fakeBold, bool fakeItalic)
{
    public SKTypeface Typeface { get; } = typeface;

    public bool FakeBold { get; } = fakeBold;

    public bool FakeItalic { get; } = fakeItalic;

    /// <summary>Creates an SKFont configured exactly as for measuring, so widths agree with what is drawn.</summary>
    public SKFont CreateFont(float size) => CreateFont(Typeface, size, FakeBold, FakeItalic);

    public static SKFont CreateFont(SKTypeface typeface, float size, bool fakeBold, bool fakeItalic) => new(typeface, size)
    {
        Subpixel = true,
        LinearMetrics = true,
        Hinting = SKFontHinting.None,
        Edging = SKFontEdging.SubpixelAntialias,
        Embolden = fakeBold,
        SkewX = fakeItalic ? -0.2f : 0f,
    };
}

/// <summary>
/// A resolved font style (family + bold + italic) with glyph fallback. Advances are cached per code point
/// for a 1 pt font, so measuring text never calls into Skia after the first use of a character.
/// Thread-safe: a library and its faces are shared by all documents.
/// </summary>
internal sealed class FontFace
{
    private const int TableSize = 0x3000;
    private const float MeasureSize = 1000f;

    private readonly float[] _advance = new float[TableSize];
    private readonly byte[] _variantIndex = new byte[TableSize];
    private readonly Dictionary<int, (float Advance, byte Variant)> _other = [];
    private readonly Func<int, FaceVariant?> _fallback;
    private readonly Lock _lock = new();
    private volatile FaceVariant[] _variants;

    public FontFace(FaceVariant primary, Func<int, FaceVariant?> fallback)
    {
        _variants = [primary];
        _fallback = fallback;
        Array.Fill(_advance, float.NaN);
        using var font = primary.CreateFont(MeasureSize);
        var metrics = font.Metrics;
        Ascent = -metrics.Ascent / MeasureSize;
        Descent = metrics.Descent / MeasureSize;
        UnderlinePosition = (metrics.UnderlinePosition ?? (0.1f * MeasureSize)) / MeasureSize;
        UnderlineThickness = (metrics.UnderlineThickness ?? (0.06f * MeasureSize)) / MeasureSize;
    }

    public FaceVariant Primary => _variants[0];

    /// <summary>Ascent for a 1 pt font (positive, above the baseline).</summary>
    public float Ascent { get; }

    /// <summary>Descent for a 1 pt font (positive, below the baseline).</summary>
    public float Descent { get; }

    public float UnderlinePosition { get; }

    public float UnderlineThickness { get; }

    public FaceVariant Variant(int index) => _variants[index];

    /// <summary>Advance of a code point at 1 pt and the index of the variant that has its glyph.</summary>
    public (float Advance, byte Variant) Glyph(int codePoint)
    {
        if ((uint)codePoint < TableSize)
        {
            var advance = Volatile.Read(ref _advance[codePoint]);
            if (!float.IsNaN(advance))
            {
                return (advance, _variantIndex[codePoint]);
            }
        }

        lock (_lock)
        {
            if ((uint)codePoint < TableSize)
            {
                if (!float.IsNaN(_advance[codePoint]))
                {
                    return (_advance[codePoint], _variantIndex[codePoint]);
                }
            }
            else if (_other.TryGetValue(codePoint, out var known))
            {
                return known;
            }

            var result = Resolve(codePoint);
            if ((uint)codePoint < TableSize)
            {
                _variantIndex[codePoint] = result.Variant;
                Volatile.Write(ref _advance[codePoint], result.Advance);
            }
            else
            {
                _other[codePoint] = result;
            }

            return result;
        }
    }

    private (float Advance, byte Variant) Resolve(int codePoint)
    {
        if (codePoint < 0x20 || codePoint is 0x7F or 0xAD || (codePoint >= 0x200B && codePoint <= 0x200F)
            || !System.Text.Rune.IsValid(codePoint))
        {
            return (0f, 0);
        }

        var variants = _variants;
        byte index = 0;
        if (!variants[0].Typeface.ContainsGlyph(codePoint))
        {
            var found = -1;
            for (var i = 1; i < variants.Length; i++)
            {
                if (variants[i].Typeface.ContainsGlyph(codePoint))
                {
                    found = i;
                    break;
                }
            }

            if (found < 0 && variants.Length < 255 && _fallback(codePoint) is { } extra)
            {
                found = variants.Length;
                _variants = [.. variants, extra];
            }

            index = (byte)Math.Max(found, 0);
        }

        using var font = _variants[index].CreateFont(MeasureSize);
        var text = char.ConvertFromUtf32(codePoint);
        return (font.MeasureText(text) / MeasureSize, index);
    }
}

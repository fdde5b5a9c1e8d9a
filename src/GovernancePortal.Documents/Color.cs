using System.Globalization;

namespace GovernancePortal.Documents;

/// <summary>An sRGB colour with alpha, stored as 0xAARRGGBB.</summary>
public readonly record struct Color(uint Argb)
{
    public static Color Black => new(0xFF000000);

    public static Color White => new(0xFFFFFFFF);

    public static Color Transparent => new(0x00000000);

    /// <summary>Dark grey for secondary text (#505a5f).</summary>
    public static Color DarkGrey => FromRgb(0x50, 0x5a, 0x5f);

    /// <summary>Mid grey for rules and borders (#b1b4b6).</summary>
    public static Color MidGrey => FromRgb(0xb1, 0xb4, 0xb6);

    /// <summary>Light grey for shaded backgrounds (#f3f2f1).</summary>
    public static Color LightGrey => FromRgb(0xf3, 0xf2, 0xf1);

    /// <summary>Link blue (#1d70b8).</summary>
    public static Color Blue => FromRgb(0x1d, 0x70, 0xb8);

    public byte Alpha => (byte)(Argb >> 24);

    public static Color FromRgb(byte red, byte green, byte blue) => new(0xFF000000u | ((uint)red << 16) | ((uint)green << 8) | blue);

    /// <summary>Parses "#rrggbb", "rrggbb" or "#aarrggbb".</summary>
    public static Color FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var span = hex.AsSpan().TrimStart('#');
        if ((span.Length != 6 && span.Length != 8)
            || !uint.TryParse(span, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{hex}' is not a colour in the form #rrggbb or #aarrggbb.");
        }

        return new Color(span.Length == 6 ? 0xFF000000u | value : value);
    }

    public override string ToString() => $"#{Argb:x8}";
}

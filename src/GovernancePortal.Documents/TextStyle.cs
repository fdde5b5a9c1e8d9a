namespace GovernancePortal.Documents;

/// <summary>Horizontal alignment of the lines of a paragraph.</summary>
public enum TextAlignment
{
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>
/// An immutable, partial text style: unset values are inherited from the enclosing default style.
/// Build with the fluent methods, e.g. <c>TextStyle.Default.FontSize(14).Bold()</c>.
/// </summary>
public sealed record TextStyle
{
    /// <summary>A style with nothing set (everything inherited).</summary>
    public static TextStyle Default { get; } = new();

    /// <summary>The style used when nothing is set anywhere: 10 pt, regular, black, line height 1.2.</summary>
    internal static TextStyle Root { get; } = new()
    {
        Size = 10,
        IsBold = false,
        IsItalic = false,
        TextColor = Color.Black,
        HasUnderline = false,
        LineHeightFactor = 1.2f,
    };

    public string? Family { get; init; }

    public float? Size { get; init; }

    public bool? IsBold { get; init; }

    public bool? IsItalic { get; init; }

    public Color? TextColor { get; init; }

    public bool? HasUnderline { get; init; }

    /// <summary>Line height as a multiple of the font size, as CSS line-height (1.2 = 12 pt lines for 10 pt text).</summary>
    public float? LineHeightFactor { get; init; }

    public TextStyle FontFamily(string family) => this with { Family = family };

    public TextStyle FontSize(float size) =>
        size > 0 ? this with { Size = size } : throw new ArgumentOutOfRangeException(nameof(size), size, "Font size must be positive.");

    public TextStyle Bold(bool value = true) => this with { IsBold = value };

    public TextStyle Italic(bool value = true) => this with { IsItalic = value };

    public TextStyle FontColor(Color color) => this with { TextColor = color };

    public TextStyle Underline(bool value = true) => this with { HasUnderline = value };

    public TextStyle LineHeight(float factor) =>
        factor > 0 ? this with { LineHeightFactor = factor } : throw new ArgumentOutOfRangeException(nameof(factor), factor, "Line height must be positive.");

    /// <summary>This style with every unset value taken from <paramref name="parent"/>.</summary>
    public TextStyle InheritFrom(TextStyle parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return new TextStyle
        {
            Family = Family ?? parent.Family,
            Size = Size ?? parent.Size,
            IsBold = IsBold ?? parent.IsBold,
            IsItalic = IsItalic ?? parent.IsItalic,
            TextColor = TextColor ?? parent.TextColor,
            HasUnderline = HasUnderline ?? parent.HasUnderline,
            LineHeightFactor = LineHeightFactor ?? parent.LineHeightFactor,
        };
    }
}

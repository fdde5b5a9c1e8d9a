namespace GovernancePortal.Documents;

/// <summary>A page size in points (1/72 inch).</summary>
public readonly record struct PageSize(float Width, float Height)
{
    public static PageSize A4 => new(595.28f, 841.89f);

    public static PageSize A3 => new(841.89f, 1190.55f);

    public static PageSize A5 => new(419.53f, 595.28f);

    public static PageSize Letter => new(612f, 792f);

    /// <summary>The same size turned sideways.</summary>
    public PageSize Landscape() => Width >= Height ? this : new PageSize(Height, Width);
}

/// <summary>Unit conversions to points.</summary>
public static class Units
{
    public static float Millimetres(float value) => value * 72f / 25.4f;

    public static float Centimetres(float value) => value * 72f / 2.54f;

    public static float Inches(float value) => value * 72f;
}

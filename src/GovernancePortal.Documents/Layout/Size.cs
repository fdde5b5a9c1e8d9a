namespace GovernancePortal.Documents.Layout;

/// <summary>A width and height in PDF points (1/72 inch).</summary>
internal readonly record struct Size(float Width, float Height)
{
    /// <summary>Tolerance used when comparing layout sizes, so float rounding never pushes content to a new page.</summary>
    public const float Epsilon = 0.01f;
}

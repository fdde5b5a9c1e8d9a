namespace GovernancePortal.Documents.Text;

/// <summary>What a span shows: fixed text or a value known only at layout time.</summary>
internal enum SpanKind
{
    Static,
    PageNumber,
    TotalPages,
    SectionPage,
}

/// <summary>A span as declared through the fluent API (style not yet resolved).</summary>
internal sealed class TextSpanSpec(SpanKind kind, string text)
{
    public SpanKind Kind { get; } = kind;

    public string Text { get; } = text;

    public TextStyle Style { get; set; } = TextStyle.Default;

    public string? Url { get; set; }

    /// <summary>Section id this span links to (internal link).</summary>
    public string? SectionLink { get; set; }

    /// <summary>Section whose page number this span shows (for <see cref="SpanKind.SectionPage"/>).</summary>
    public string? SectionId { get; set; }
}

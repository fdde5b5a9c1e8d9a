namespace GovernancePortal.Documents;

/// <summary>Document information written to the PDF (Info dictionary and catalog).</summary>
public sealed class DocumentMetadata
{
    public string? Title { get; set; }

    public string? Author { get; set; }

    public string? Subject { get; set; }

    public string? Keywords { get; set; }

    /// <summary>The application that created the content.</summary>
    public string? Creator { get; set; }

    /// <summary>The software that produced the PDF; defaults to "GovernancePortal.Documents".</summary>
    public string? Producer { get; set; }

    /// <summary>Natural language of the text as a BCP 47 tag, e.g. "en-GB" (PDF catalog /Lang, read by screen readers).</summary>
    public string? Language { get; set; }

    /// <summary>Creation date. Set it for byte-identical output; when null the current time is used.</summary>
    public DateTimeOffset? CreationDate { get; set; }

    /// <summary>
    /// Whether sections declared with a title become PDF bookmarks (the document outline a viewer shows beside the
    /// pages), nested by their level; on by default.
    /// </summary>
    public bool Bookmarks { get; set; } = true;

    /// <summary>Modification date; defaults to <see cref="CreationDate"/>.</summary>
    public DateTimeOffset? ModifiedDate { get; set; }
}

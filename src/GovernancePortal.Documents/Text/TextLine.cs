namespace GovernancePortal.Documents.Text;

/// <summary>
/// One laid-out line: the character range it shows (trailing spaces excluded), where the next line starts,
/// its width and its vertical metrics.
/// </summary>
internal readonly record struct TextLine(
    int Start,
    int End,
    int Next,
    float Width,
    float Height,
    float Baseline,
    bool EndsParagraph,
    float SpacingAfter);

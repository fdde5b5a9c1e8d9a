using GovernancePortal.Documents.Elements;
using GovernancePortal.Documents.Fonts;

namespace GovernancePortal.Documents.Layout;

/// <summary>A text style with every value known and the font face resolved.</summary>
internal sealed record ResolvedStyle(FontFace Face, float Size, Color Color, bool Underline, float LineHeight);

/// <summary>A named section that appears in the table of contents.</summary>
internal sealed record SectionEntry(string Id, string Title, int Level);

/// <summary>State of the prepare pass: inherited text style, sections, list nesting, features that need a second pass.</summary>
internal sealed class PrepareContext(FontLibrary fonts, TextStyle rootStyle)
{
    private readonly Dictionary<TextStyle, ResolvedStyle> _resolved = [];
    private readonly HashSet<string> _sectionIds = new(StringComparer.Ordinal);

    public FontLibrary Fonts { get; } = fonts;

    /// <summary>The fully specified style inherited at the current point of the tree.</summary>
    public TextStyle CurrentStyle { get; set; } = rootStyle.InheritFrom(TextStyle.Root);

    public List<SectionEntry> Sections { get; } = [];

    /// <summary>Native resources (images) that must live until the PDF is written.</summary>
    public List<IDisposable> Disposables { get; } = [];

    public List<TableOfContentsElement> TablesOfContents { get; } = [];

    /// <summary>Elements with state to reset before another layout pass over the same tree.</summary>
    public List<IPassState> PassStates { get; } = [];

    /// <summary>Section ids referenced by links or page references; checked once the tree is prepared.</summary>
    public HashSet<string> ReferencedSections { get; } = new(StringComparer.Ordinal);

    /// <summary>Stack of enclosing list items' number labels, e.g. ["1."] inside item 1 of a decimal list.</summary>
    public List<ListLevel> ListLevels { get; } = [];

    /// <summary>True when content depends on the page count or section pages (a second pass is needed).</summary>
    public bool NeedsPageReferences { get; set; }

    public ResolvedStyle Resolve(TextStyle style)
    {
        if (_resolved.TryGetValue(style, out var resolved))
        {
            return resolved;
        }

        var full = style.InheritFrom(TextStyle.Root);
        var face = Fonts.GetFace(full.Family, full.IsBold == true, full.IsItalic == true);
        resolved = new ResolvedStyle(face, full.Size!.Value, full.TextColor!.Value, full.HasUnderline == true, full.LineHeightFactor!.Value);
        _resolved[style] = resolved;
        return resolved;
    }

    public void AddSection(string id, string? title, int level)
    {
        if (!_sectionIds.Add(id))
        {
            throw new InvalidOperationException($"Section id '{id}' is used more than once; section ids must be unique.");
        }

        if (title is not null)
        {
            Sections.Add(new SectionEntry(id, title, level));
        }
    }

    public void Validate()
    {
        foreach (var id in ReferencedSections)
        {
            if (!_sectionIds.Contains(id))
            {
                throw new InvalidOperationException($"Link or page reference to unknown section '{id}'. Declare it with Section(\"{id}\").");
            }
        }
    }
}

/// <summary>One enclosing list level: its numbering style and the label of the enclosing item.</summary>
internal sealed record ListLevel(ListStyle Style, string ItemLabel);

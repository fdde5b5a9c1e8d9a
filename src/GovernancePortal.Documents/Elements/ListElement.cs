using System.Globalization;
using System.Text;
using GovernancePortal.Documents.Layout;
using GovernancePortal.Documents.Text;

namespace GovernancePortal.Documents.Elements;

/// <summary>
/// A bullet or numbered list with a hanging indent: the marker sits in a fixed-width gutter and wrapped
/// lines of the item align with its first line. Nested lists continue decimal numbering (1.1.).
/// </summary>
internal sealed class ListElement : Element
{
    private ColumnElement _column = new();

    public ListStyle Style { get; set; } = ListStyle.Bullet;

    public int StartAt { get; set; } = 1;

    /// <summary>Width of the marker gutter; null = the widest marker plus half an em.</summary>
    public float? Indent { get; set; }

    public float Spacing { get; set; } = 3;

    public List<Element> Items { get; } = [];

    public override SpacePlan Measure(Size available, LayoutContext context) => _column.Measure(available, context);

    public override void Draw(Size available, LayoutContext context) => _column.Draw(available, context);

    public override void Prepare(PrepareContext context)
    {
        var parent = context.ListLevels.Count > 0 ? context.ListLevels[^1] : null;
        var depth = context.ListLevels.Count;
        var labels = Enumerable.Range(0, Items.Count).Select(i => Label(StartAt + i, parent, depth)).ToArray();
        var style = context.Resolve(context.CurrentStyle);
        var widest = labels.Length == 0 ? 0 : labels.Max(label => label.EnumerateRunes().Sum(r => style.Face.Glyph(r.Value).Advance) * style.Size);
        var indent = Indent ?? Math.Max(widest + (style.Size * 0.5f), style.Size * 1.5f);

        _column = new ColumnElement { Spacing = Spacing };
        for (var i = 0; i < Items.Count; i++)
        {
            var marker = new TextElement();
            marker.Spans.Add(new TextSpanSpec(SpanKind.Static, labels[i]));
            var row = new RowElement();
            row.Items.Add(new RowItem(RowItemKind.Constant, indent, marker));
            row.Items.Add(new RowItem(RowItemKind.Relative, 1, new ListItemScope(new ListLevel(Style, labels[i])) { Child = Items[i] }));
            _column.Items.Add(row);
        }

        PrepareChild(_column, context);
    }

    private string Label(int number, ListLevel? parent, int depth) => Style switch
    {
        ListStyle.Bullet => depth % 2 == 0 ? "\u2022" : "\u2013",
        ListStyle.Decimal when parent?.Style == ListStyle.Decimal => $"{parent.ItemLabel}{number.ToString(CultureInfo.InvariantCulture)}.",
        ListStyle.Decimal => $"{number.ToString(CultureInfo.InvariantCulture)}.",
        ListStyle.LowerAlpha => $"{Alpha(number)}.",
        ListStyle.UpperAlpha => $"{Alpha(number).ToUpperInvariant()}.",
        ListStyle.LowerRoman => $"{Roman(number)}.",
        _ => "\u2022",
    };

    private static string Alpha(int number)
    {
        var builder = new StringBuilder();
        while (number > 0)
        {
            number--;
            builder.Insert(0, (char)('a' + (number % 26)));
            number /= 26;
        }

        return builder.ToString();
    }

    private static string Roman(int number)
    {
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"];
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (number >= values[i])
            {
                builder.Append(symbols[i]);
                number -= values[i];
            }
        }

        return builder.ToString();
    }

    /// <summary>Makes the item's number visible to lists nested inside it.</summary>
    private sealed class ListItemScope(ListLevel level) : ContainerElement
    {
        public override void Prepare(PrepareContext context)
        {
            context.ListLevels.Add(level);
            base.Prepare(context);
            context.ListLevels.RemoveAt(context.ListLevels.Count - 1);
        }

        protected override string Describe() => $"List item \"{level.ItemLabel}\"";
    }
}

/// <summary>A generated table of contents: one linked entry per titled section, with its page number.</summary>
internal sealed class TableOfContentsElement : Element
{
    private ColumnElement _column = new();
    private TextStyle _inherited = TextStyle.Default;

    public float Spacing { get; set; } = 4;

    public float LevelIndent { get; set; } = 14;

    public Color LeaderColor { get; set; } = Color.MidGrey;

    /// <summary>When set, only sections whose id starts with this prefix are listed (one contents per part of a pack).</summary>
    public string? IdPrefix { get; set; }

    public override SpacePlan Measure(Size available, LayoutContext context) => _column.Measure(available, context);

    public override void Draw(Size available, LayoutContext context) => _column.Draw(available, context);

    public override void Prepare(PrepareContext context)
    {
        _inherited = context.CurrentStyle;
        context.TablesOfContents.Add(this);
        context.NeedsPageReferences = true;
    }

    /// <summary>Builds the entries once every section in the document is known.</summary>
    public void Build(PrepareContext context)
    {
        _column = new ColumnElement { Spacing = Spacing };
        foreach (var section in context.Sections)
        {
            if (IdPrefix is not null && !section.Id.StartsWith(IdPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var title = new TextElement();
            title.Spans.Add(new TextSpanSpec(SpanKind.Static, section.Title));
            var page = new TextElement { Alignment = TextAlignment.Right };
            page.Spans.Add(new TextSpanSpec(SpanKind.SectionPage, string.Empty) { SectionId = section.Id });
            var row = new RowElement { Spacing = 2 };
            row.Items.Add(new RowItem(RowItemKind.Auto, 0, title));
            row.Items.Add(new RowItem(RowItemKind.Relative, 1, new DotLeaderElement(LeaderColor)));
            row.Items.Add(new RowItem(RowItemKind.Constant, 24, page));
            var indent = (section.Level - 1) * LevelIndent;
            Element entry = new LinkElement(null, section.Id) { Child = row };
            if (indent > 0)
            {
                entry = new PaddingElement(indent, 0, 0, 0) { Child = entry };
            }

            _column.Items.Add(entry);
        }

        var saved = context.CurrentStyle;
        context.CurrentStyle = _inherited;
        PrepareChild(_column, context);
        context.CurrentStyle = saved;
    }

    protected override string Describe() => "Table of contents";
}

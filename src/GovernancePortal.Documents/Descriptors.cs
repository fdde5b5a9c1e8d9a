using GovernancePortal.Documents.Elements;
using GovernancePortal.Documents.Text;

namespace GovernancePortal.Documents;

/// <summary>Builds a vertical stack of items.</summary>
public sealed class ColumnDescriptor
{
    private readonly ColumnElement _column;

    internal ColumnDescriptor(ColumnElement column) => _column = column;

    /// <summary>Vertical space between items.</summary>
    public ColumnDescriptor Spacing(float spacing)
    {
        _column.Spacing = spacing;
        return this;
    }

    public Container Item() => new(_column.Items.Add);
}

/// <summary>Builds a horizontal row of items.</summary>
public sealed class RowDescriptor
{
    private readonly RowElement _row;

    internal RowDescriptor(RowElement row) => _row = row;

    public RowDescriptor Spacing(float spacing)
    {
        _row.Spacing = spacing;
        return this;
    }

    /// <summary>An item taking a share of the width left after constant and auto items.</summary>
    public Container RelativeItem(float size = 1) => Item(RowItemKind.Relative, size);

    /// <summary>An item of fixed width in points.</summary>
    public Container ConstantItem(float width) => Item(RowItemKind.Constant, width);

    /// <summary>An item as wide as its content.</summary>
    public Container AutoItem() => Item(RowItemKind.Auto, 0);

    private Container Item(RowItemKind kind, float value) => new(element => _row.Items.Add(new RowItem(kind, value, element)));
}

/// <summary>Builds a table.</summary>
public sealed class TableDescriptor
{
    private readonly TableElement _table;

    internal TableDescriptor(TableElement table) => _table = table;

    public void ColumnsDefinition(Action<TableColumnsDescriptor> define)
    {
        ArgumentNullException.ThrowIfNull(define);
        define(new TableColumnsDescriptor(_table));
    }

    /// <summary>Header cells, repeated at the top of every page the table spans.</summary>
    public void Header(Action<TableHeaderDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(new TableHeaderDescriptor(_table.HeaderCells));
    }

    /// <summary>The next body cell; cells fill rows left to right.</summary>
    public TableCellContainer Cell() => TableCellContainer.Create(_table.Cells);
}

public sealed class TableColumnsDescriptor
{
    private readonly TableElement _table;

    internal TableColumnsDescriptor(TableElement table) => _table = table;

    public TableColumnsDescriptor ConstantColumn(float width)
    {
        _table.Columns.Add(new TableColumn(false, width));
        return this;
    }

    public TableColumnsDescriptor RelativeColumn(float size = 1)
    {
        _table.Columns.Add(new TableColumn(true, size));
        return this;
    }
}

public sealed class TableHeaderDescriptor
{
    private readonly List<TableCell> _cells;

    internal TableHeaderDescriptor(List<TableCell> cells) => _cells = cells;

    public TableCellContainer Cell() => TableCellContainer.Create(_cells);
}

/// <summary>A table cell slot; <see cref="ColumnSpan"/> makes it span several columns.</summary>
public sealed class TableCellContainer : Container
{
    private readonly List<TableCell> _cells;
    private readonly int _index;

    private TableCellContainer(List<TableCell> cells, int index)
        : base(element => cells[index] = cells[index] with { Content = element })
    {
        _cells = cells;
        _index = index;
    }

    public Container ColumnSpan(int columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        _cells[_index] = _cells[_index] with { ColumnSpan = columns };
        return this;
    }

    internal static TableCellContainer Create(List<TableCell> cells)
    {
        cells.Add(new TableCell(new Layout.EmptyElement(), 1));
        return new TableCellContainer(cells, cells.Count - 1);
    }
}

/// <summary>Builds a bullet or numbered list.</summary>
public sealed class ListDescriptor
{
    private readonly ListElement _list;

    internal ListDescriptor(ListElement list) => _list = list;

    public ListDescriptor Style(ListStyle style)
    {
        _list.Style = style;
        return this;
    }

    public ListDescriptor Bullet() => Style(ListStyle.Bullet);

    public ListDescriptor Decimal() => Style(ListStyle.Decimal);

    public ListDescriptor LowerAlpha() => Style(ListStyle.LowerAlpha);

    public ListDescriptor StartAt(int number)
    {
        _list.StartAt = number;
        return this;
    }

    /// <summary>Width of the marker gutter (the hanging indent); by default the widest marker plus half an em.</summary>
    public ListDescriptor Indent(float indent)
    {
        _list.Indent = indent;
        return this;
    }

    public ListDescriptor Spacing(float spacing)
    {
        _list.Spacing = spacing;
        return this;
    }

    public Container Item() => new(_list.Items.Add);

    /// <summary>Shortcut for an item holding one paragraph.</summary>
    public TextSpanDescriptor Item(string text) => Item().Text(text);
}

public sealed class TableOfContentsDescriptor
{
    private readonly TableOfContentsElement _toc;

    internal TableOfContentsDescriptor(TableOfContentsElement toc) => _toc = toc;

    public TableOfContentsDescriptor Spacing(float spacing)
    {
        _toc.Spacing = spacing;
        return this;
    }

    public TableOfContentsDescriptor LevelIndent(float indent)
    {
        _toc.LevelIndent = indent;
        return this;
    }

    public TableOfContentsDescriptor LeaderColor(Color color)
    {
        _toc.LeaderColor = color;
        return this;
    }

    /// <summary>Lists only the sections whose id starts with <paramref name="prefix"/>, e.g. one paper's contents in a pack of papers.</summary>
    public TableOfContentsDescriptor OnlySectionsStartingWith(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        _toc.IdPrefix = prefix;
        return this;
    }
}

/// <summary>Builds a paragraph of spans.</summary>
public sealed class TextDescriptor
{
    private readonly TextElement _text;

    internal TextDescriptor(TextElement text) => _text = text;

    public TextSpanDescriptor Span(string text) => Add(new TextSpanSpec(SpanKind.Static, text ?? string.Empty));

    /// <summary>A span followed by a line break.</summary>
    public TextSpanDescriptor Line(string text) => Span((text ?? string.Empty) + "\n");

    /// <summary>A span linking to a URL (blue and underlined unless styled otherwise).</summary>
    public TextSpanDescriptor Hyperlink(string text, string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        var span = new TextSpanSpec(SpanKind.Static, text ?? string.Empty) { Url = url, Style = TextStyle.Default.FontColor(Color.Blue).Underline() };
        return Add(span);
    }

    /// <summary>A span linking to a named section of this document.</summary>
    public TextSpanDescriptor SectionLink(string text, string sectionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionId);
        var span = new TextSpanSpec(SpanKind.Static, text ?? string.Empty) { SectionLink = sectionId, Style = TextStyle.Default.FontColor(Color.Blue).Underline() };
        return Add(span);
    }

    /// <summary>The number of the page being drawn.</summary>
    public TextSpanDescriptor CurrentPageNumber() => Add(new TextSpanSpec(SpanKind.PageNumber, string.Empty));

    /// <summary>The total number of pages (triggers a second layout pass).</summary>
    public TextSpanDescriptor TotalPages() => Add(new TextSpanSpec(SpanKind.TotalPages, string.Empty));

    /// <summary>The page on which a named section starts (triggers a second layout pass).</summary>
    public TextSpanDescriptor PageNumberOfSection(string sectionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionId);
        return Add(new TextSpanSpec(SpanKind.SectionPage, string.Empty) { SectionId = sectionId });
    }

    public TextDescriptor Align(TextAlignment alignment)
    {
        _text.Alignment = alignment;
        return this;
    }

    public TextDescriptor AlignLeft() => Align(TextAlignment.Left);

    public TextDescriptor AlignCenter() => Align(TextAlignment.Center);

    public TextDescriptor AlignRight() => Align(TextAlignment.Right);

    public TextDescriptor Justify() => Align(TextAlignment.Justify);

    /// <summary>Extra space after each paragraph (text separated by a newline) inside this text.</summary>
    public TextDescriptor ParagraphSpacing(float spacing)
    {
        _text.ParagraphSpacing = spacing;
        return this;
    }

    public TextDescriptor LineHeight(float factor)
    {
        _text.ParagraphStyle = _text.ParagraphStyle.LineHeight(factor);
        return this;
    }

    /// <summary>Style under every span of this paragraph.</summary>
    public TextDescriptor DefaultTextStyle(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        _text.ParagraphStyle = style.InheritFrom(_text.ParagraphStyle);
        return this;
    }

    public TextDescriptor DefaultTextStyle(Func<TextStyle, TextStyle> style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return DefaultTextStyle(style(TextStyle.Default));
    }

    private TextSpanDescriptor Add(TextSpanSpec span)
    {
        _text.Spans.Add(span);
        return new TextSpanDescriptor(span, _text);
    }
}

/// <summary>Styles one span (and, for convenience, aligns its paragraph).</summary>
public sealed class TextSpanDescriptor
{
    private readonly TextSpanSpec _span;
    private readonly TextElement _text;

    internal TextSpanDescriptor(TextSpanSpec span, TextElement text)
    {
        _span = span;
        _text = text;
    }

    /// <summary>Applies a whole style; its set values override this span's.</summary>
    public TextSpanDescriptor Style(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        _span.Style = style.InheritFrom(_span.Style);
        return this;
    }

    public TextSpanDescriptor FontSize(float size) => Set(_span.Style.FontSize(size));

    public TextSpanDescriptor FontFamily(string family) => Set(_span.Style.FontFamily(family));

    public TextSpanDescriptor Bold(bool value = true) => Set(_span.Style.Bold(value));

    public TextSpanDescriptor Italic(bool value = true) => Set(_span.Style.Italic(value));

    public TextSpanDescriptor FontColor(Color color) => Set(_span.Style.FontColor(color));

    public TextSpanDescriptor Underline(bool value = true) => Set(_span.Style.Underline(value));

    public TextSpanDescriptor LineHeight(float factor) => Set(_span.Style.LineHeight(factor));

    public TextSpanDescriptor AlignLeft() => Align(TextAlignment.Left);

    public TextSpanDescriptor AlignCenter() => Align(TextAlignment.Center);

    public TextSpanDescriptor AlignRight() => Align(TextAlignment.Right);

    public TextSpanDescriptor Justify() => Align(TextAlignment.Justify);

    public TextSpanDescriptor Align(TextAlignment alignment)
    {
        _text.Alignment = alignment;
        return this;
    }

    private TextSpanDescriptor Set(TextStyle style)
    {
        _span.Style = style;
        return this;
    }
}

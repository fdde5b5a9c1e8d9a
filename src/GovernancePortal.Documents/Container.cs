using GovernancePortal.Documents.Elements;
using GovernancePortal.Documents.Layout;

namespace GovernancePortal.Documents;

/// <summary>
/// A slot for exactly one element. Decorating methods (Padding, Background, Border, Align, Width, ShowEntire, ...)
/// wrap what follows and return the inner slot, so calls chain: <c>cell.Background(c).Padding(4).Text("x")</c>.
/// Content methods (Text, Column, Row, Table, List, Image, ...) fill the slot.
/// </summary>
public class Container
{
    private readonly Action<Element> _attach;
    private bool _used;

    internal Container(Action<Element> attach)
    {
        _attach = attach;
    }

    public Container Padding(float all) => Padding(all, all, all, all);

    public Container PaddingHorizontal(float value) => Padding(value, 0, value, 0);

    public Container PaddingVertical(float value) => Padding(0, value, 0, value);

    public Container PaddingLeft(float value) => Padding(value, 0, 0, 0);

    public Container PaddingTop(float value) => Padding(0, value, 0, 0);

    public Container PaddingRight(float value) => Padding(0, 0, value, 0);

    public Container PaddingBottom(float value) => Padding(0, 0, 0, value);

    public Container Padding(float left, float top, float right, float bottom) => Decorate(new PaddingElement(left, top, right, bottom));

    public Container Background(Color color) => Decorate(new BackgroundElement(color));

    /// <summary>A border of the same thickness on all four edges (drawn centred on the edge, taking no space).</summary>
    public Container Border(float thickness, Color? color = null) => Border(thickness, thickness, thickness, thickness, color);

    public Container Border(float left, float top, float right, float bottom, Color? color = null) =>
        Decorate(new BorderElement(left, top, right, bottom, color ?? Color.Black));

    public Container BorderTop(float thickness, Color? color = null) => Border(0, thickness, 0, 0, color);

    public Container BorderBottom(float thickness, Color? color = null) => Border(0, 0, 0, thickness, color);

    public Container BorderLeft(float thickness, Color? color = null) => Border(thickness, 0, 0, 0, color);

    public Container BorderRight(float thickness, Color? color = null) => Border(0, 0, thickness, 0, color);

    public Container AlignLeft() => Decorate(new AlignElement(0, 0));

    public Container AlignCenter() => Decorate(new AlignElement(0.5f, 0));

    public Container AlignRight() => Decorate(new AlignElement(1, 0));

    /// <summary>Centre vertically in the height given by the parent (e.g. a table row).</summary>
    public Container AlignMiddle() => Decorate(new AlignElement(0, 0.5f));

    public Container AlignBottom() => Decorate(new AlignElement(0, 1));

    public Container Width(float width) => Decorate(new ConstrainedElement { MinWidth = width, MaxWidth = width });

    public Container MinWidth(float width) => Decorate(new ConstrainedElement { MinWidth = width });

    public Container MaxWidth(float width) => Decorate(new ConstrainedElement { MaxWidth = width });

    public Container Height(float height) => Decorate(new ConstrainedElement { MinHeight = height, MaxHeight = height });

    public Container MinHeight(float height) => Decorate(new ConstrainedElement { MinHeight = height });

    public Container MaxHeight(float height) => Decorate(new ConstrainedElement { MaxHeight = height });

    /// <summary>Place the content whole on one page, or move it to the next page.</summary>
    public Container ShowEntire() => Decorate(new ShowEntireElement());

    /// <summary>In a column, never end a page with this item: it moves to the next page with the following item (use on headings).</summary>
    public Container KeepWithNext() => Decorate(new KeepWithNextElement());

    /// <summary>In repeated furniture (header/footer), draw only on the first page.</summary>
    public Container ShowOnce() => Decorate(new ShowOnceElement());

    /// <summary>In repeated furniture (header/footer), draw on every page except the first.</summary>
    public Container SkipOnce() => Decorate(new SkipOnceElement());

    /// <summary>
    /// Names this place: a target for <see cref="SectionLink"/> and text section links, and, with a
    /// <paramref name="title"/>, an entry in the generated table of contents (<paramref name="level"/> 1 = top).
    /// </summary>
    public Container Section(string id, string? title = null, int level = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Decorate(new SectionElement(id, title, Math.Max(level, 1)));
    }

    /// <summary>Makes the content a link to an external URL.</summary>
    public Container Hyperlink(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        return Decorate(new LinkElement(url, null));
    }

    /// <summary>Makes the content a link to a named section of this document.</summary>
    public Container SectionLink(string sectionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionId);
        return Decorate(new LinkElement(null, sectionId));
    }

    /// <summary>Sets the text style inherited by everything inside.</summary>
    public Container DefaultTextStyle(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return Decorate(new DefaultTextStyleElement(style));
    }

    public Container DefaultTextStyle(Func<TextStyle, TextStyle> style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return DefaultTextStyle(style(TextStyle.Default));
    }

    /// <summary>Applies a reusable composition to this slot, e.g. <c>cell.Compose(MyStyles.HeaderCell).Text("Risk")</c>.</summary>
    public Container Compose(Func<Container, Container> decorate)
    {
        ArgumentNullException.ThrowIfNull(decorate);
        return decorate(this);
    }

    /// <summary>Fills the slot with a reusable component.</summary>
    public void Component(Action<Container> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(this);
    }

    /// <summary>A paragraph with one span; style it with the returned descriptor.</summary>
    public TextSpanDescriptor Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var element = Attach(new TextElement());
        return new TextDescriptor(element).Span(text);
    }

    /// <summary>A paragraph of several spans, page numbers and links.</summary>
    public void Text(Action<TextDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(new TextDescriptor(Attach(new TextElement())));
    }

    public void Column(Action<ColumnDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(new ColumnDescriptor(Attach(new ColumnElement())));
    }

    public void Row(Action<RowDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(new RowDescriptor(Attach(new RowElement())));
    }

    public void Table(Action<TableDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(new TableDescriptor(Attach(new TableElement())));
    }

    public void List(Action<ListDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(new ListDescriptor(Attach(new ListElement())));
    }

    /// <summary>A PNG or JPEG image.</summary>
    public void Image(byte[] data, ImageScaling scaling = ImageScaling.FitWidth)
    {
        ArgumentNullException.ThrowIfNull(data);
        Attach(new ImageElement(data, scaling));
    }

    public void Image(string path, ImageScaling scaling = ImageScaling.FitWidth) => Image(File.ReadAllBytes(path), scaling);

    /// <summary>
    /// Vector drawing (charts, diagrams) with SkiaSharp in a box of the available width and <paramref name="height"/>:
    /// <c>draw(canvas, width, height)</c> with the origin at the box's top-left corner. Text drawn here is not
    /// subset (its font is embedded whole) and not part of the layout; prefer Text elements for words.
    /// </summary>
    public void Canvas(float height, Action<SkiaSharp.SKCanvas, float, float> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        Attach(new CanvasElement(height, draw));
    }

    /// <summary>A horizontal rule across the available width.</summary>
    public void LineHorizontal(float thickness = 1, Color? color = null) => Attach(new LineElement(thickness, color ?? Color.MidGrey));

    /// <summary>Content after this starts on a new page.</summary>
    public void PageBreak() => Attach(new PageBreakElement());

    /// <summary>A generated table of contents listing every section declared with a title.</summary>
    public void TableOfContents(Action<TableOfContentsDescriptor>? configure = null)
    {
        var element = Attach(new TableOfContentsElement());
        configure?.Invoke(new TableOfContentsDescriptor(element));
    }

    internal T Attach<T>(T element)
        where T : Element
    {
        if (_used)
        {
            throw new InvalidOperationException("This container already has content. Use Column or Row to place several elements.");
        }

        _used = true;
        _attach(element);
        return element;
    }

    private Container Decorate(ContainerElement element)
    {
        Attach(element);
        return new Container(child => element.Child = child);
    }
}

using GovernancePortal.Documents.Fonts;
using SkiaSharp;

namespace GovernancePortal.Documents.Rendering;

internal enum CommandKind
{
    Text,
    FillRect,
    StrokeRect,
    Line,
    DottedLine,
    Image,
    Picture,
    UrlLink,
    InternalLink,
    Destination,
}

/// <summary>One recorded drawing operation, in absolute page coordinates (origin top-left, y down).</summary>
internal readonly record struct DrawCommand(
    CommandKind Kind,
    float X,
    float Y,
    float Width,
    float Height,
    uint Color,
    float Size,
    object? Reference,
    FaceVariant? Face,
    int Start,
    int Length);

/// <summary>A laid-out page: its size and drawing commands.</summary>
internal sealed class RecordedPage(PageSize size)
{
    public PageSize Size { get; } = size;

    public List<DrawCommand> Commands { get; } = [];
}

/// <summary>
/// The canvas elements draw on during layout. It records a display list (rendered to PDF once the whole
/// document is laid out, so fonts can be subset to the glyphs actually used), or discards everything in a
/// counting pass. Elements draw relative to a movable origin.
/// </summary>
internal sealed class PageCanvas(bool recording)
{
    private RecordedPage? _page;

    public bool Recording { get; } = recording;

    public List<RecordedPage> Pages { get; } = [];

    /// <summary>Native objects created while drawing (recorded pictures), disposed after the PDF is written.</summary>
    public List<IDisposable> Owned { get; } = [];

    public float OriginX { get; private set; }

    public float OriginY { get; private set; }

    public void BeginPage(PageSize size)
    {
        OriginX = 0;
        OriginY = 0;
        _page = new RecordedPage(size);
        if (Recording)
        {
            Pages.Add(_page);
        }
    }

    public void Translate(float dx, float dy)
    {
        OriginX += dx;
        OriginY += dy;
    }

    public void Text(FaceVariant face, float size, Color color, string text, int start, int length, float x, float baseline)
    {
        if (Recording && length > 0)
        {
            Add(new DrawCommand(CommandKind.Text, OriginX + x, OriginY + baseline, 0, 0, color.Argb, size, text, face, start, length));
        }
    }

    /// <summary>A horizontal line of round dots (e.g. a contents leader).</summary>
    public void DottedLine(float x1, float x2, float y, float dotSize, Color color)
    {
        if (Recording && color.Alpha > 0 && x2 > x1)
        {
            Add(new DrawCommand(CommandKind.DottedLine, OriginX + x1, OriginY + y, x2 - x1, 0, color.Argb, dotSize, null, null, 0, 0));
        }
    }

    public void FillRect(float x, float y, float width, float height, Color color)
    {
        if (Recording && color.Alpha > 0 && width > 0 && height > 0)
        {
            Add(new DrawCommand(CommandKind.FillRect, OriginX + x, OriginY + y, width, height, color.Argb, 0, null, null, 0, 0));
        }
    }

    public void StrokeRect(float x, float y, float width, float height, float thickness, Color color)
    {
        if (Recording && color.Alpha > 0 && thickness > 0)
        {
            Add(new DrawCommand(CommandKind.StrokeRect, OriginX + x, OriginY + y, width, height, color.Argb, thickness, null, null, 0, 0));
        }
    }

    public void Line(float x1, float y1, float x2, float y2, float thickness, Color color)
    {
        if (Recording && color.Alpha > 0 && thickness > 0)
        {
            Add(new DrawCommand(CommandKind.Line, OriginX + x1, OriginY + y1, x2 - x1, y2 - y1, color.Argb, thickness, null, null, 0, 0));
        }
    }

    public void Image(SKImage image, float x, float y, float width, float height)
    {
        if (Recording)
        {
            Add(new DrawCommand(CommandKind.Image, OriginX + x, OriginY + y, width, height, 0, 0, image, null, 0, 0));
        }
    }

    /// <summary>Vector content recorded by user code, drawn at (x, y).</summary>
    public void Picture(SKPicture picture, float x, float y, float width, float height)
    {
        Owned.Add(picture);
        if (Recording)
        {
            Add(new DrawCommand(CommandKind.Picture, OriginX + x, OriginY + y, width, height, 0, 0, picture, null, 0, 0));
        }
    }

    public void UrlLink(float x, float y, float width, float height, string url)
    {
        if (Recording)
        {
            Add(new DrawCommand(CommandKind.UrlLink, OriginX + x, OriginY + y, width, height, 0, 0, url, null, 0, 0));
        }
    }

    public void InternalLink(float x, float y, float width, float height, string destination)
    {
        if (Recording)
        {
            Add(new DrawCommand(CommandKind.InternalLink, OriginX + x, OriginY + y, width, height, 0, 0, destination, null, 0, 0));
        }
    }

    public void Destination(float x, float y, string name)
    {
        if (Recording)
        {
            Add(new DrawCommand(CommandKind.Destination, OriginX + x, OriginY + y, 0, 0, 0, 0, name, null, 0, 0));
        }
    }

    private void Add(in DrawCommand command) =>
        (_page ?? throw new InvalidOperationException("BeginPage must be called before drawing.")).Commands.Add(command);
}

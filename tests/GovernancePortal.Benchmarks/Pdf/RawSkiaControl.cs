using GovernancePortal.Documents;
using GovernancePortal.Documents.Rendering;
using SkiaSharp;

namespace GovernancePortal.Benchmarks.Pdf;

/// <summary>
/// The raw SkiaSharp control: the same text lines and filled rectangles as our output, at the positions our
/// engine computed (captured once, outside the timing), drawn straight onto SkiaSharp's PDF canvas with
/// <c>DrawText</c>/<c>DrawRect</c> and no layout. By default it uses the installed typefaces as a plain
/// SkiaSharp program would (SkiaSharp then embeds each font file whole).
/// </summary>
internal sealed class RawSkiaControl : IDisposable
{
    private readonly List<ControlPage> _pages = [];
    private readonly Dictionary<(SKTypeface, float, bool, bool), SKFont> _fonts = [];
    private readonly string? _title;

    public RawSkiaControl(Document document, bool subsetFonts)
    {
        var (result, model, _) = document.Layout();
        try
        {
            _title = model.Metadata.Title;
            var typefaces = subsetFonts ? SubsetTypefaces(result.Recorded, model) : [];
            foreach (var page in result.Recorded)
            {
                var control = new ControlPage(page.Size.Width, page.Size.Height);
                foreach (var command in page.Commands)
                {
                    switch (command.Kind)
                    {
                        case CommandKind.Text:
                            var face = command.Face!;
                            var typeface = typefaces.GetValueOrDefault(face.Typeface) ?? face.Typeface;
                            var key = (typeface, command.Size, face.FakeBold, face.FakeItalic);
                            if (!_fonts.TryGetValue(key, out var font))
                            {
                                font = new SKFont(typeface, command.Size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
                                _fonts[key] = font;
                            }

                            var text = ((string)command.Reference!).Substring(command.Start, command.Length);
                            control.Texts.Add(new ControlText(text, command.X, command.Y, font, new SKColor(command.Color)));
                            break;
                        case CommandKind.FillRect:
                            control.Rects.Add(new ControlRect(SKRect.Create(command.X, command.Y, command.Width, command.Height), new SKColor(command.Color)));
                            break;
                        case CommandKind.Line:
                            control.Rects.Add(new ControlRect(SKRect.Create(command.X, command.Y - (command.Size / 2), Math.Max(command.Width, command.Size), Math.Max(command.Height, command.Size)), new SKColor(command.Color)));
                            break;
                    }
                }

                _pages.Add(control);
            }
        }
        finally
        {
            Document.Dispose(model);
            foreach (var owned in result.Owned)
            {
                owned.Dispose();
            }
        }
    }

    public int TextRuns => _pages.Sum(p => p.Texts.Count);

    public byte[] Render()
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata { Title = _title, Creation = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc), Modified = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc) };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        using (var paint = new SKPaint { IsAntialias = true })
        {
            foreach (var page in _pages)
            {
                var canvas = document.BeginPage(page.Width, page.Height);
                foreach (var rect in page.Rects)
                {
                    paint.Color = rect.Color;
                    canvas.DrawRect(rect.Rect, paint);
                }

                foreach (var text in page.Texts)
                {
                    paint.Color = text.Color;
                    canvas.DrawText(text.Text, text.X, text.Y, SKTextAlign.Left, text.Font, paint);
                }

                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
    }

    private static Dictionary<SKTypeface, SKTypeface> SubsetTypefaces(IReadOnlyList<RecordedPage> pages, Documents.DocumentModel model)
    {
        var result = new Dictionary<SKTypeface, SKTypeface>();
        foreach (var typeface in pages.SelectMany(p => p.Commands).Where(c => c.Kind == CommandKind.Text).Select(c => c.Face!.Typeface).Distinct())
        {
            var codePoints = pages.SelectMany(p => p.Commands)
                .Where(c => c.Kind == CommandKind.Text && c.Face!.Typeface == typeface)
                .SelectMany(c => ((string)c.Reference!).Substring(c.Start, c.Length).EnumerateRunes().Select(r => r.Value))
                .Append(' ')
                .Distinct();
            var bytes = model.Fonts.GetFontBytes(typeface, out var index);
            if (bytes is not null && Documents.Fonts.FontSubsetter.TrySubset(bytes, index, codePoints) is { } subset)
            {
                result[typeface] = SKTypeface.FromData(SKData.CreateCopy(subset));
            }
        }

        return result;
    }

    private sealed record ControlText(string Text, float X, float Y, SKFont Font, SKColor Color);

    private sealed record ControlRect(SKRect Rect, SKColor Color);

    private sealed class ControlPage(float width, float height)
    {
        public float Width { get; } = width;

        public float Height { get; } = height;

        public List<ControlText> Texts { get; } = [];

        public List<ControlRect> Rects { get; } = [];
    }
}

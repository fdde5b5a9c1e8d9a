namespace GovernancePortal.Documents.Tests;

/// <summary>
/// A small document using most features. Set DOCUMENTS_SAMPLE_OUT to a directory to also write it there when
/// the tests run, then look at it: <c>pdftoppm -r 60 -png sample.pdf page</c>.
/// </summary>
internal static class SampleDocument
{
    /// <summary>A vector bar chart drawn with SkiaSharp into a Canvas element.</summary>
    public static void BarChart(SkiaSharp.SKCanvas canvas, float width, float height)
    {
        (string Label, int Value, uint Colour)[] bars = [("Red", 4, 0xFFd4351c), ("Amber", 7, 0xFFf47738), ("Green", 12, 0xFF00703c)];
        using var paint = new SkiaSharp.SKPaint { IsAntialias = true };
        var barHeight = (height - 10) / bars.Length;
        for (var i = 0; i < bars.Length; i++)
        {
            paint.Color = new SkiaSharp.SKColor(bars[i].Colour);
            canvas.DrawRect(0, (i * barHeight) + 2, width * 0.6f * bars[i].Value / 12, barHeight - 4, paint);
        }

        paint.Color = SkiaSharp.SKColors.Black;
        canvas.DrawLine(0, 0, 0, height - 6, paint);
    }

    /// <summary>A small PNG drawn with SkiaSharp: a blue square with a white circle.</summary>
    public static byte[] Logo()
    {
        using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(64, 64));
        surface.Canvas.Clear(new SkiaSharp.SKColor(0x1d, 0x70, 0xb8));
        using var paint = new SkiaSharp.SKPaint { Color = SkiaSharp.SKColors.White, IsAntialias = true };
        surface.Canvas.DrawCircle(32, 32, 18, paint);
        using var image = surface.Snapshot();
        using var data = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static Document Create() => Document.Create(doc =>
    {
        doc.Metadata(m =>
        {
            m.Title = "Sample document";
            m.Language = "en-GB";
            m.CreationDate = Compose.FixedDate;
        });
        doc.DefaultTextStyle(s => s.FontSize(10));
        doc.Page(page =>
        {
            page.Margin(Units.Millimetres(20));
            page.Header().ShowOnce().PaddingBottom(10).Text("Sample document").FontSize(20).Bold();
            page.Footer().AlignRight().Text(t =>
            {
                t.DefaultTextStyle(s => s.FontSize(8).FontColor(Color.DarkGrey));
                t.Span("Page ");
                t.CurrentPageNumber();
                t.Span(" of ");
                t.TotalPages();
            });
            page.Content().Column(col =>
            {
                col.Spacing(6);
                col.Item().TableOfContents();
                col.Item().KeepWithNext().Section("intro", "1. Introduction").Text("1. Introduction").FontSize(14).Bold();
                col.Item().Text(t =>
                {
                    t.Justify();
                    t.Span("This paragraph mixes ");
                    t.Span("bold").Bold();
                    t.Span(", ");
                    t.Span("italic").Italic();
                    t.Span(" and ");
                    t.Span("coloured").FontColor(Color.FromHex("#d4351c"));
                    t.Span(" text, a ");
                    t.Hyperlink("link", "https://www.gov.uk/");
                    t.Span(" and typographic characters: £1,250 – it’s “quoted” café • ");
                    t.Span(Compose.Words(80, "lorem"));
                });
                col.Item().List(list =>
                {
                    list.Decimal();
                    list.Item("First item");
                    list.Item().Column(c =>
                    {
                        c.Item().Text("Second item with a nested list");
                        c.Item().List(sub =>
                        {
                            sub.Decimal();
                            sub.Item("Nested item with a long text that wraps onto a second line to show the hanging indent of list items");
                            sub.Item("Another nested item");
                        });
                    });
                });
                col.Item().Row(row =>
                {
                    row.Spacing(10);
                    row.ConstantItem(60).Image(Logo());
                    row.RelativeItem().AlignMiddle().Text("A row with an image, then a rule; fallback glyph: \u2713 done.").Italic();
                });
                col.Item().LineHorizontal(0.75f);
                col.Item().Text("Actions by status").Bold();
                col.Item().Canvas(70, BarChart);
                col.Item().KeepWithNext().Section("table", "2. Table").Text("2. Table").FontSize(14).Bold();
                col.Item().Table(table =>
                {
                    table.ColumnsDefinition(d => d.ConstantColumn(40).RelativeColumn().ConstantColumn(60));
                    table.Header(h =>
                    {
                        h.Cell().Background(Color.LightGrey).Padding(4).Text("Ref").Bold();
                        h.Cell().Background(Color.LightGrey).Padding(4).Text("Description").Bold();
                        h.Cell().Background(Color.LightGrey).Padding(4).Text("Status").Bold();
                    });
                    for (var i = 1; i <= 60; i++)
                    {
                        var (name, colour) = (i % 3) switch
                        {
                            0 => ("Red", Color.FromHex("#d4351c")),
                            1 => ("Amber", Color.FromHex("#f47738")),
                            _ => ("Green", Color.FromHex("#00703c")),
                        };
                        table.Cell().BorderBottom(0.5f, Color.MidGrey).Padding(4).Text($"{i}");
                        table.Cell().BorderBottom(0.5f, Color.MidGrey).Padding(4).Text(Compose.Words(4 + (i % 7), "item"));
                        table.Cell().Background(colour).Padding(4).AlignMiddle().Text(name).Bold().FontColor(Color.White);
                    }
                });
            });
        });
    });
}

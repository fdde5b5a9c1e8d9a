using GovernancePortal.Documents;

namespace GovernancePortal.Benchmarks.Pdf;

/// <summary>Composes the sample with the GovernancePortal.Documents engine.</summary>
internal static class EngineDocument
{
    private static readonly Color Red = Color.FromHex("#d4351c");
    private static readonly Color Amber = Color.FromHex("#f47738");
    private static readonly Color Green = Color.FromHex("#00703c");

    public static Document Create(AgsSample sample) => Document.Create(doc =>
    {
        doc.Metadata(m =>
        {
            m.Title = sample.Title;
            m.Author = "Benchmark";
            m.Subject = "Sample governance statement";
            m.Language = "en-GB";
            m.CreationDate = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        });
        doc.DefaultTextStyle(s => s.FontSize(10));
        doc.Page(page =>
        {
            page.Size(PageSize.A4);
            page.Margin(Units.Millimetres(20));
            page.Header().ShowOnce().PaddingBottom(12).Column(col =>
            {
                col.Item().Text(sample.Title).FontSize(20).Bold();
                col.Item().Text("Sample report for layout benchmarking").FontColor(Color.DarkGrey);
            });
            page.Footer().PaddingTop(8).Row(row =>
            {
                row.RelativeItem().Text(sample.Title).FontSize(8).FontColor(Color.DarkGrey);
                row.RelativeItem().Text(t =>
                {
                    t.AlignRight();
                    t.DefaultTextStyle(s => s.FontSize(8).FontColor(Color.DarkGrey));
                    t.Span("Page ");
                    t.CurrentPageNumber();
                    t.Span(" of ");
                    t.TotalPages();
                });
            });
            page.Content().Column(col =>
            {
                col.Spacing(6);
                col.Item().KeepWithNext().Text("Contents").FontSize(14).Bold();
                col.Item().TableOfContents();
                foreach (var section in sample.Sections)
                {
                    col.Item().PaddingTop(10).KeepWithNext().Section(section.Id, section.Title).Text(section.Title).FontSize(14).Bold();
                    foreach (var paragraph in section.Paragraphs)
                    {
                        col.Item().Text(paragraph);
                    }

                    col.Item().List(list =>
                    {
                        foreach (var bullet in section.Bullets)
                        {
                            list.Item(bullet);
                        }
                    });
                    col.Item().KeepWithNext().Text("Actions").FontSize(11).Bold();
                    col.Item().Table(table =>
                    {
                        table.ColumnsDefinition(c => c.ConstantColumn(36).RelativeColumn(4).RelativeColumn(2).ConstantColumn(62).ConstantColumn(52));
                        table.Header(h =>
                        {
                            foreach (var title in new[] { "Ref", "Action", "Owner", "Due", "Status" })
                            {
                                h.Cell().Background(Color.LightGrey).BorderBottom(1, Color.MidGrey).Padding(4).Text(title).Bold();
                            }
                        });
                        foreach (var action in section.Actions)
                        {
                            table.Cell().BorderBottom(0.5f, Color.MidGrey).Padding(4).Text(action.Reference);
                            table.Cell().BorderBottom(0.5f, Color.MidGrey).Padding(4).Text(action.Description);
                            table.Cell().BorderBottom(0.5f, Color.MidGrey).Padding(4).Text(action.Owner);
                            table.Cell().BorderBottom(0.5f, Color.MidGrey).Padding(4).Text(action.Due);
                            table.Cell().BorderBottom(0.5f, Color.White).Background(Colour(action.Status)).Padding(4).AlignMiddle()
                                .Text(action.Status.ToString()).Bold().FontColor(Color.White);
                        }
                    });
                }
            });
        });
    });

    private static Color Colour(Rag rag) => rag switch
    {
        Rag.Red => Red,
        Rag.Amber => Amber,
        _ => Green,
    };
}

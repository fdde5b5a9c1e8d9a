using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace GovernancePortal.Documents.Tests;

public sealed class OutlineTests
{
    private static byte[] TwoParts(bool bookmarks = true) => Document.Create(doc =>
    {
        doc.Metadata(m =>
        {
            m.Title = "Pack";
            m.CreationDate = new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
            m.Bookmarks = bookmarks;
        });
        foreach (var part in new[] { "a", "b" })
        {
            doc.Page(page =>
            {
                page.Margin(50);
                page.Content().Column(col =>
                {
                    col.Item().Text($"Contents of {part}").Bold();
                    col.Item().TableOfContents(toc => toc.OnlySectionsStartingWith($"{part}-"));
                    col.Item().PageBreak();
                    col.Item().Section($"{part}-1", $"Part {part}: Café – “one”").Text($"Part {part}: one");
                    col.Item().Section($"{part}-1-1", $"Part {part}: detail", level: 2).Text("Detail");
                    col.Item().PageBreak();
                    col.Item().Section($"{part}-2", $"Part {part}: two").Text($"Part {part}: two");
                    col.Item().Section($"{part}-plain").Text("Not in the contents");
                });
            });
        }
    }).GeneratePdf();

    [Fact]
    public void Bookmarks_TitledSections_AreNestedByLevelAndOpenTheirPages()
    {
        using var pdf = PdfDocument.Open(TwoParts());

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.ToList();
        Assert.Equal(["Part a: Café – “one”", "Part a: two", "Part b: Café – “one”", "Part b: two"], roots.Select(r => r.Title));
        Assert.Equal(["Part a: detail"], roots[0].Children.Select(c => c.Title));
        Assert.Equal([2, 3, 5, 6], roots.Cast<DocumentBookmarkNode>().Select(r => r.PageNumber));
        Assert.Equal(2, Assert.IsType<DocumentBookmarkNode>(roots[0].Children.Single()).PageNumber);
    }

    [Fact]
    public void Bookmarks_TurnedOff_WritesNoOutline()
    {
        using var pdf = PdfDocument.Open(TwoParts(bookmarks: false));

        Assert.False(pdf.TryGetBookmarks(out _));
    }

    [Fact]
    public void Toc_OnlySectionsStartingWith_ListsOnePartsSections()
    {
        var pages = PdfReader.PageTexts(TwoParts());

        Assert.Contains("Part a: two", pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Part b", pages[0], StringComparison.Ordinal);
        Assert.Contains("Part b: two", pages[3], StringComparison.Ordinal);
        Assert.DoesNotContain("Part a", pages[3], StringComparison.Ordinal);
    }
}

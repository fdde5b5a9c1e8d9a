namespace GovernancePortal.Documents.Tests;

public sealed class PaginationTests
{
    [Fact]
    public void Column_ItemsOverflowPage_ContinueOnNextPageInOrderWithoutRepeats()
    {
        var result = Compose.Simple(c => c.Column(col =>
        {
            col.Spacing(4);
            for (var i = 1; i <= 120; i++)
            {
                col.Item().Text($"Item{i}");
            }
        })).Generate();

        var words = PdfReader.Words(result.Pdf);
        Assert.True(result.PageCount >= 3, $"expected several pages, got {result.PageCount}");
        Assert.Equal(Enumerable.Range(1, 120).Select(i => $"Item{i}"), words.SelectMany(w => w));
        Assert.All(words, page => Assert.NotEmpty(page));
    }

    [Fact]
    public void Paragraph_LongerThanPage_SplitsLineByLineAcrossPages()
    {
        var text = Compose.Words(2500);

        var result = Compose.Simple(c => c.Text(text)).Generate();

        var words = PdfReader.Words(result.Pdf);
        Assert.True(result.PageCount >= 3);
        Assert.Equal(text.Split(' '), words.SelectMany(w => w));
    }

    [Theory]
    [InlineData(725f, new[] { "Filler" }, new[] { "l1", "l2", "l3", "l4" })] // one line would be orphaned: all move
    [InlineData(700f, new[] { "Filler", "l1", "l2" }, new[] { "l3", "l4" })] // one line would be widowed: two move
    [InlineData(680f, new[] { "Filler", "l1", "l2", "l3", "l4" }, new string[0])]
    public void Paragraph_SplitWouldLeaveOneLineAlone_MovesLinesToAvoidOrphanOrWidow(float filler, string[] firstPage, string[] secondPage)
    {
        // Body height 741.89 pt; 10 pt text at line height 1.2 is 12 pt per line.
        var pages = PdfReader.Words(Compose.Simple(c => c.Column(col =>
        {
            col.Item().Height(filler).Text("Filler");
            col.Item().Text("l1\nl2\nl3\nl4");
        })).GeneratePdf());

        Assert.Equal(firstPage, pages[0]);
        Assert.Equal(secondPage, pages.Count > 1 ? pages[1] : []);
    }

    [Fact]
    public void Table_SpanningPages_RepeatsHeaderRowsAtTopOfEveryPage()
    {
        var result = Compose.Simple(c => c.Table(t =>
        {
            t.ColumnsDefinition(d => d.ConstantColumn(60).RelativeColumn().ConstantColumn(80));
            t.Header(h =>
            {
                h.Cell().Text("Ref");
                h.Cell().Text("Name");
                h.Cell().Text("Status");
            });
            for (var i = 1; i <= 150; i++)
            {
                t.Cell().Padding(3).Text($"R{i}");
                t.Cell().Padding(3).Text($"Name{i}");
                t.Cell().Padding(3).Text(i % 3 == 0 ? "Red" : "Green");
            }
        })).Generate();

        var pages = PdfReader.Words(result.Pdf);
        Assert.True(pages.Count >= 3);
        Assert.All(pages, page => Assert.Equal(["Ref", "Name", "Status"], page.Take(3)));
        var rows = pages.SelectMany(p => p.Where(w => w.StartsWith('R') && w.Length > 1 && char.IsDigit(w[1]))).ToList();
        Assert.Equal(Enumerable.Range(1, 150).Select(i => $"R{i}"), rows);
    }

    [Fact]
    public void Table_SingleRowTallerThanPage_SplitsCellsAcrossPagesUnderRepeatedHeader()
    {
        var long1 = Compose.Words(1500, "a");
        var result = Compose.Simple(c => c.Table(t =>
        {
            t.ColumnsDefinition(d => d.ConstantColumn(60).RelativeColumn());
            t.Header(h =>
            {
                h.Cell().Text("Key");
                h.Cell().Text("Value");
            });
            t.Cell().Text("Short");
            t.Cell().Text(long1);
            t.Cell().Text("Next");
            t.Cell().Text("Row");
        })).Generate();

        var pages = PdfReader.Words(result.Pdf);
        Assert.True(pages.Count >= 2);
        Assert.All(pages, page => Assert.Equal(["Key", "Value"], page.Take(2)));
        var words = pages.SelectMany(p => p.Skip(2)).ToList();
        Assert.Equal(["Short", .. long1.Split(' '), "Next", "Row"], words);
    }

    [Fact]
    public void Table_CellSpanningColumns_OccupiesTheSpannedWidth()
    {
        var result = Compose.Simple(c => c.Table(t =>
        {
            t.ColumnsDefinition(d => d.RelativeColumn().RelativeColumn().RelativeColumn());
            t.Cell().ColumnSpan(2).Text("Wide");
            t.Cell().Text("Third");
            t.Cell().Text("A");
            t.Cell().Text("B");
            t.Cell().Text("C");
        })).Generate();

        var words = PdfReader.WordBoxes(result.Pdf, 1);
        var third = words.Single(w => w.Text == "Third");
        var c = words.Single(w => w.Text == "C");
        var b = words.Single(w => w.Text == "B");
        Assert.Equal(c.BoundingBox.Left, third.BoundingBox.Left, 1);
        Assert.True(b.BoundingBox.Left > words.Single(w => w.Text == "A").BoundingBox.Left);
    }

    [Fact]
    public void KeepWithNext_HeadingWouldEndPageAlone_MovesToNextPageWithFollower()
    {
        var withKeep = HeadingAtBottom(keep: true);
        var withoutKeep = HeadingAtBottom(keep: false);

        Assert.Contains("Heading", PdfReader.Words(withoutKeep)[0]);
        var pages = PdfReader.Words(withKeep);
        Assert.DoesNotContain("Heading", pages[0]);
        Assert.Equal("Heading", pages[1][0]);
    }

    [Fact]
    public void ShowEntire_BlockDoesNotFitRemainingSpace_MovesWholeToNextPage()
    {
        byte[] Build(bool entire) => Compose.Simple(c => c.Column(col =>
        {
            col.Item().Height(650).Text("Filler");
            var item = col.Item();
            (entire ? item.ShowEntire() : item).Text(Compose.Words(200, "block"));
        })).GeneratePdf();

        Assert.Contains("block1", PdfReader.Words(Build(entire: false))[0]);
        var pages = PdfReader.Words(Build(entire: true));
        Assert.Equal(["Filler"], pages[0]);
        Assert.Equal("block1", pages[1][0]);
    }

    [Fact]
    public void PageNumbers_FooterWithTotal_ShowsCorrectPageXOfYOnEveryPage()
    {
        var result = Compose.Simple(
            c => c.Text(Compose.Words(3000)),
            page => page.Footer().AlignCenter().Text(t =>
            {
                t.Span("Page ");
                t.CurrentPageNumber();
                t.Span(" of ");
                t.TotalPages();
            })).Generate();

        var pages = PdfReader.PageTexts(result.Pdf);
        Assert.True(result.PageCount >= 4);
        Assert.Equal(2, result.Passes);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.EndsWith($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Generate_NoTotalsOrSectionPages_RunsOnePass()
    {
        var result = Compose.Simple(
            c => c.Text(Compose.Words(1000)),
            page => page.Footer().Text(t => t.CurrentPageNumber())).Generate();

        Assert.Equal(1, result.Passes);
        Assert.Equal(Enumerable.Range(1, result.PageCount).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), PdfReader.Words(result.Pdf).Select(w => w[^1]));
    }

    [Fact]
    public void ShowOnceAndSkipOnce_InHeader_ShowFirstPageAndLaterPagesVariants()
    {
        var pdf = Compose.Simple(
            c => c.Text(Compose.Words(1500)),
            page => page.Header().Column(col =>
            {
                col.Item().ShowOnce().Text("FirstOnly");
                col.Item().SkipOnce().Text("LaterOnly");
            })).GeneratePdf();

        var pages = PdfReader.Words(pdf);
        Assert.True(pages.Count >= 3);
        Assert.Equal("FirstOnly", pages[0][0]);
        Assert.DoesNotContain("LaterOnly", pages[0]);
        Assert.All(pages.Skip(1), p =>
        {
            Assert.Equal("LaterOnly", p[0]);
            Assert.DoesNotContain("FirstOnly", p);
        });
    }

    [Fact]
    public void PageBreak_InColumn_StartsFollowingItemOnNewPage()
    {
        var pages = PdfReader.Words(Compose.Simple(c => c.Column(col =>
        {
            col.Item().Text("Before");
            col.Item().PageBreak();
            col.Item().Text("After");
        })).GeneratePdf());

        Assert.Equal([["Before"], ["After"]], pages);
    }

    [Fact]
    public void Row_RelativeAndConstantItems_PlacesItemsSideBySide()
    {
        var pdf = Compose.Simple(c => c.Row(row =>
        {
            row.Spacing(10);
            row.ConstantItem(100).Text("Left");
            row.RelativeItem().Text("Middle");
            row.AutoItem().Text("Right");
        })).GeneratePdf();

        var words = PdfReader.WordBoxes(pdf, 1);
        var left = words.Single(w => w.Text == "Left").BoundingBox.Left;
        var middle = words.Single(w => w.Text == "Middle").BoundingBox.Left;
        var right = words.Single(w => w.Text == "Right").BoundingBox.Right;
        Assert.Equal(50, left, 1);
        Assert.Equal(160, middle, 1);
        Assert.Equal(595.28 - 50, right, 0);
    }

    private static byte[] HeadingAtBottom(bool keep) => Compose.Simple(c => c.Column(col =>
    {
        // Body height is 841.89 - 100 = 741.89; the filler leaves ~35 pt: room for the heading, not the block.
        col.Item().Height(700).Text("Filler");
        var heading = col.Item();
        (keep ? heading.KeepWithNext() : heading).Text("Heading").FontSize(14).Bold();
        col.Item().ShowEntire().Text(Compose.Words(60, "body"));
    })).GeneratePdf();
}

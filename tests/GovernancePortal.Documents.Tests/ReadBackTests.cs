using System.Security.Cryptography;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Tokens;

namespace GovernancePortal.Documents.Tests;

public sealed class ReadBackTests
{
    private static Document Report(DateTimeOffset created) => Document.Create(doc =>
    {
        doc.Metadata(m =>
        {
            m.Title = "Quarterly report – “draft”";
            m.Author = "Jane Example";
            m.Subject = "Testing";
            m.Keywords = "layout, pdf";
            m.Creator = "Tests";
            m.Language = "en-GB";
            m.CreationDate = created;
        });
        doc.Page(page =>
        {
            page.Margin(50);
            page.Footer().Text(t =>
            {
                t.CurrentPageNumber();
                t.Span(" / ");
                t.TotalPages();
            });
            page.Content().Column(col =>
            {
                col.Spacing(8);
                col.Item().Text("Contents").Bold();
                col.Item().TableOfContents();
                foreach (var (id, title) in new[] { ("one", "Alpha section"), ("two", "Beta section"), ("three", "Gamma section") })
                {
                    col.Item().PageBreak();
                    col.Item().Section(id, title).Text(title).FontSize(16).Bold();
                    col.Item().Text(t =>
                    {
                        t.Span("Read ");
                        t.Hyperlink("GOV.UK", "https://www.gov.uk/");
                        t.Span(" or go back to ");
                        t.SectionLink("Alpha", "one");
                        t.Span(".");
                    });
                    col.Item().Text(Compose.Words(900, id));
                }
            });
        });
    });

    [Fact]
    public void GeneratePdf_SameInputAndDate_IsByteIdentical()
    {
        var first = Report(Compose.FixedDate).GeneratePdf();
        var second = Report(Compose.FixedDate).GeneratePdf();

        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
        Assert.Equal(first.Length, second.Length);
    }

    [Fact]
    public void GeneratePdf_FourDocumentsInParallel_MatchSequentialOutput()
    {
        var expected = Report(Compose.FixedDate).GeneratePdf();

        var results = new byte[4][];
        Parallel.For(0, results.Length, i => results[i] = Report(Compose.FixedDate).GeneratePdf());

        Assert.All(results, pdf => Assert.Equal(expected, pdf));
    }

    [Fact]
    public void GeneratePdf_DifferentCreationDate_ChangesOutput()
    {
        var first = Report(Compose.FixedDate).GeneratePdf();
        var second = Report(Compose.FixedDate.AddDays(1)).GeneratePdf();

        Assert.NotEqual(SHA256.HashData(first), SHA256.HashData(second));
    }

    [Fact]
    public void GeneratePdf_Metadata_IsReadBackIncludingLanguage()
    {
        using var pdf = PdfDocument.Open(Report(Compose.FixedDate).GeneratePdf());

        Assert.Equal("Quarterly report – “draft”", pdf.Information.Title);
        Assert.Equal("Jane Example", pdf.Information.Author);
        Assert.Equal("Testing", pdf.Information.Subject);
        Assert.Equal("layout, pdf", pdf.Information.Keywords);
        Assert.Equal("Tests", pdf.Information.Creator);
        Assert.Equal("GovernancePortal.Documents", pdf.Information.Producer);
        Assert.StartsWith("D:20261123100000", pdf.Information.CreationDate, StringComparison.Ordinal);
        Assert.True(pdf.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Lang"), out StringToken lang));
        Assert.Equal("en-GB", lang!.Data);
    }

    [Fact]
    public void Toc_SectionsOnLaterPages_ListsTitlesWithTheirPageNumbersInOrder()
    {
        var result = Report(Compose.FixedDate).Generate();
        var pages = PdfReader.PageTexts(result.Pdf);
        int PageOf(string title) => pages.FindIndex(p => p.StartsWith(title, StringComparison.Ordinal)) + 1;

        var (alpha, beta, gamma) = (PageOf("Alpha section"), PageOf("Beta section"), PageOf("Gamma section"));

        Assert.True(alpha > 1 && beta > alpha + 1 && gamma > beta + 1, $"sections on {alpha}, {beta}, {gamma}");
        Assert.StartsWith($"Contents Alpha section {alpha} Beta section {beta} Gamma section {gamma}", pages[0], StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, int> { ["one"] = alpha, ["two"] = beta, ["three"] = gamma }, result.SectionPages);
    }

    [Fact]
    public void Links_TocAndSectionLinks_TargetTheSectionPages()
    {
        var result = Report(Compose.FixedDate).Generate();
        using var pdf = PdfDocument.Open(result.Pdf);

        var tocTargets = pdf.GetPage(1).GetAnnotations()
            .Select(a => a.Action).OfType<AbstractGoToAction>().Select(a => a.Destination.PageNumber).ToList();
        Assert.Equal([result.SectionPages["one"], result.SectionPages["two"], result.SectionPages["three"]], tocTargets);

        var backLinks = pdf.GetPage(result.SectionPages["two"]).GetAnnotations().Select(a => a.Action).OfType<AbstractGoToAction>().ToList();
        Assert.Contains(backLinks, a => a.Destination.PageNumber == result.SectionPages["one"]);
    }

    [Fact]
    public void Links_Hyperlink_IsReadBackWithTextAndUri()
    {
        using var pdf = PdfDocument.Open(Report(Compose.FixedDate).GeneratePdf());

        var link = Assert.Single(pdf.GetPage(2).GetHyperlinks());
        Assert.Equal("https://www.gov.uk/", link.Uri);
        Assert.Equal("GOV.UK", link.Text);
    }

    [Fact]
    public void Text_MixedStylesOnOneLine_ShareBaselineAndKeepReadingOrder()
    {
        var pdf = Compose.Simple(c => c.Text(t =>
        {
            t.Span("small ");
            t.Span("BIG").FontSize(24).Bold();
            t.Span(" italic").Italic();
            t.Span(" tail");
        })).GeneratePdf();

        var words = PdfReader.WordBoxes(pdf, 1);
        Assert.Equal(["small", "BIG", "italic", "tail"], words.Select(w => w.Text));
        var baseline = words[0].Letters[0].StartBaseLine.Y;
        Assert.All(words, w => Assert.Equal(baseline, w.Letters[0].StartBaseLine.Y, 2));
        Assert.True(words[1].Letters[0].PointSize > words[0].Letters[0].PointSize * 2);
    }

    [Fact]
    public void Text_ExplicitNewlinesAndParagraphSpacing_StartNewLinesWithExtraGap()
    {
        var pdf = Compose.Simple(c => c.Text(t =>
        {
            t.ParagraphSpacing(20);
            t.Span("one\ntwo\n\nthree");
        })).GeneratePdf();

        var words = PdfReader.WordBoxes(pdf, 1);
        Assert.Equal(["one", "two", "three"], words.Select(w => w.Text));
        var gap1 = words[0].BoundingBox.Bottom - words[1].BoundingBox.Bottom;
        var gap2 = words[1].BoundingBox.Bottom - words[2].BoundingBox.Bottom;
        Assert.True(gap1 > 30, $"paragraph spacing missing: {gap1}");
        Assert.True(gap2 > gap1 * 1.5, $"empty paragraph missing: {gap2} vs {gap1}");
    }

    [Fact]
    public void Text_Justified_FillsLineWidthExceptLastLine()
    {
        var pdf = Compose.Simple(c => c.Text(Compose.Words(120)).Justify()).GeneratePdf();

        var words = PdfReader.WordBoxes(pdf, 1);
        var lines = words.GroupBy(w => Math.Round(w.BoundingBox.Bottom)).ToList();
        Assert.True(lines.Count > 3);
        Assert.All(lines.Take(lines.Count - 1), line => Assert.InRange(line.Max(w => w.BoundingBox.Right), 543, 546));
        Assert.True(lines[^1].Max(w => w.BoundingBox.Right) < 540);
    }
}

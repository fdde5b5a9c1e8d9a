using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Features.Papers.Rendering;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace GovernancePortal.UnitTests.Papers.Rendering;

public sealed class PaperRenderingTests
{
    private static readonly PaperPack Pack = SamplePack.Build();

    [Fact]
    public void Pdf_Pack_HasTitlePagesHeadingsInOrderPageNumbersAndMetadata()
    {
        var pdf = PaperPdf.Render(Pack, SamplePack.GeneratedAt);

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
        Assert.True(pages.Count > 4, $"Only {pages.Count} pages.");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
            Assert.Contains("OFFICIAL", pages[i], StringComparison.Ordinal);
        }

        Assert.Contains("DRAFT", pages[0], StringComparison.Ordinal);
        Assert.Contains("DRAFT – version 3", pages[0], StringComparison.Ordinal);
        Assert.Contains("Audit Panel, 26 June 2017", pages[0], StringComparison.Ordinal);
        Assert.Contains("Report by Director of Strategy and Governance", pages[0], StringComparison.Ordinal);
        var appendixTitle = pages.FindIndex(p => p.Contains("Appendix 1", StringComparison.Ordinal));
        Assert.True(appendixTitle > 0);
        Assert.Contains("OFFICIAL-SENSITIVE", pages[appendixTitle], StringComparison.Ordinal);
        Assert.DoesNotContain("DRAFT", pages[appendixTitle], StringComparison.Ordinal);

        var text = string.Join(' ', pages);
        AssertInOrder(text, SamplePack.SectionTitles(Pack));
        AssertInOrder(text, ["1.1 The Panel is asked", "1.2 It follows", "1. Strategic objectives", "Activity during the year", "Improvement actions 2016/17", "Cressida Dick", "Commissioner", "Signed 20 July 2017", "Not yet signed"]);

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Annual Governance Statement 2016/17", "Appendix 1: Annual Governance Statement"], bookmarks.Roots.Select(b => b.Title));
        for (var i = 0; i < Pack.Documents.Count; i++)
        {
            Assert.Equal(Pack.Documents[i].Sections.Where(s => s.InContents).Select(s => s.Title), bookmarks.Roots[i].Children.Select(b => b.Title));
        }

        Assert.Equal("Annual Governance Statement 2016/17", document.Information.Title);
        Assert.Equal("Metropolitan Police Service", document.Information.Author);
        Assert.StartsWith("D:20170601093000", document.Information.CreationDate, StringComparison.Ordinal);
        Assert.True(document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Lang"), out StringToken language));
        Assert.Equal("en-GB", language.Data);
    }

    [Fact]
    public void Pdf_LongTable_RepeatsItsHeaderAndNamesEveryRag()
    {
        var pdf = PaperPdf.Render(Pack, SamplePack.GeneratedAt);

        using var document = PdfDocument.Open(pdf);
        var tablePages = document.GetPages()
            .Select(p => string.Join(' ', p.GetWords().Select(w => w.Text)))
            .Where(t => t.Contains("Action number", StringComparison.Ordinal))
            .ToList();
        Assert.True(tablePages.Count >= 3, $"The {SamplePack.ActionRows}-row table spans only {tablePages.Count} pages.");
        Assert.All(tablePages, page => Assert.Contains("Ref Action Status", page, StringComparison.Ordinal));
        var all = string.Join(' ', tablePages);
        all = all[..all.IndexOf("Actions by RAG status", StringComparison.Ordinal)];
        Assert.Contains("Action number 90 ", all, StringComparison.Ordinal);
        Assert.Equal(SamplePack.ActionRows, CountOf(all, " Red ") + CountOf(all, " Amber ") + CountOf(all, " Green "));
    }

    [Fact]
    public void Pdf_SameInput_IsByteIdentical()
    {
        Assert.Equal(PaperPdf.Render(Pack, SamplePack.GeneratedAt), PaperPdf.Render(SamplePack.Build(), SamplePack.GeneratedAt));
    }

    [Fact]
    public void Word_Pack_ValidatesWithoutErrors()
    {
        using var stream = new MemoryStream(PaperWord.Render(Pack, SamplePack.GeneratedAt));
        using var document = WordprocessingDocument.Open(stream, false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public void Word_Pack_HasHeadingStylesTablesWithHeaderRowsFurnitureAndProperties()
    {
        using var stream = new MemoryStream(PaperWord.Render(Pack, SamplePack.GeneratedAt));
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;
        var body = main.Document.Body!;

        var styleIds = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).ToList();
        Assert.Contains("Title", styleIds);
        Assert.All(["Heading1", "Heading2", "Heading3", "Heading4"], id => Assert.Contains(id, styleIds));
        Assert.Equal(SamplePack.SectionTitles(Pack), ParagraphsStyled(body, "Heading1"));
        Assert.Equal(["1. Strategic objectives"], ParagraphsStyled(body, "Heading2"));
        Assert.Equal(["Activity during the year"], ParagraphsStyled(body, "Heading3"));
        Assert.Equal(["Annual Governance Statement 2016/17", "Annual Governance Statement"], ParagraphsStyled(body, "Title"));

        var tables = body.Descendants<Table>().ToList();
        Assert.Equal(3, tables.Count);
        Assert.NotNull(tables[0].Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(SamplePack.ActionRows + 1, tables[0].Elements<TableRow>().Count());
        Assert.NotNull(tables[0].GetFirstChild<TableProperties>()?.TableBorders);

        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text.Contains("TOC", StringComparison.Ordinal));
        Assert.True(main.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()?.Val?.Value);
        var headers = main.HeaderParts.Select(h => h.Header!.InnerText).Order().ToList();
        Assert.Equal(["OFFICIAL – DRAFT", "OFFICIAL-SENSITIVE"], headers);
        var footer = main.FooterParts.Single().Footer!;
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!));
        Assert.Equal(2, body.Elements<SectionProperties>().Count() + body.Descendants<ParagraphProperties>().Count(p => p.SectionProperties is not null));

        Assert.Equal("Annual Governance Statement 2016/17", document.PackageProperties.Title);
        Assert.Equal("Metropolitan Police Service", document.PackageProperties.Creator);
        Assert.Equal("en-GB", document.PackageProperties.Language);
        Assert.NotNull(main.NumberingDefinitionsPart?.Numbering);
        Assert.Contains(main.HyperlinkRelationships, r => r.Uri == new Uri("https://www.cipfa.org/"));
        Assert.DoesNotContain(main.HyperlinkRelationships, r => r.Uri.Scheme == "javascript");
    }

    [Fact]
    public void Html_Pack_IsAStandaloneAccessibleDocumentWithoutScript()
    {
        var html = PaperHtml.Render(Pack, SamplePack.GeneratedAt);
        var document = new HtmlParser().ParseDocument(html);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Annual Governance Statement 2016/17", document.Title);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("@media print", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("OFFICIAL", document.QuerySelector("header")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(2, document.QuerySelectorAll("article").Length);
        Assert.Equal(["Annual Governance Statement 2016/17", "Annual Governance Statement"], Texts(document, "h1"));
        Assert.Equal(SamplePack.SectionTitles(Pack), Texts(document, "section > h2"));
        Assert.All(document.QuerySelectorAll("section"), s => Assert.Equal(s.QuerySelector("h2")!.Id, s.GetAttribute("aria-labelledby")));
        Assert.Equal(["1. Strategic objectives"], Texts(document, "h3"));
        Assert.Equal(["Activity during the year"], Texts(document, "h4"));

        var navs = document.QuerySelectorAll("nav").ToList();
        Assert.Equal(["Contents", "Contents of Appendix 1"], navs.Select(n => n.GetAttribute("aria-label")));
        Assert.All(navs.SelectMany(n => n.QuerySelectorAll("a")), a => Assert.NotNull(document.GetElementById(a.GetAttribute("href")![1..])));

        var tables = document.QuerySelectorAll("table").ToList();
        Assert.Equal(["Improvement actions 2016/17", "Actions by RAG status", "Glossary"], tables.Select(t => t.QuerySelector("caption")!.TextContent));
        Assert.All(tables, t => Assert.All(t.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope"))));
        Assert.Equal(["AGS", "MOPAC"], tables[2].QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent));
        Assert.Equal(SamplePack.ActionRows, tables[0].QuerySelectorAll("tbody tr").Length);
        var amber = tables[0].QuerySelector("td.rag-amber")!;
        Assert.Equal("Amber", amber.TextContent);
        Assert.Equal("2", tables[1].QuerySelector("td.rag-red")!.TextContent);
        Assert.Equal("Amber<br>5", tables[1].QuerySelector("td.rag-amber")!.InnerHtml);
        Assert.Contains(document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://www.cipfa.org/");
        Assert.Equal(["Note the statement", "Agree the actions"], document.QuerySelectorAll("ol > li").Select(li => li.ChildNodes.First().TextContent.Trim()));
        Assert.NotNull(document.QuerySelector("ol > li > ul > li > strong"));
        Assert.Contains("DRAFT – version 3", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlFragment_Document_UsesGovUkClassesFromH2()
    {
        var fragment = PaperHtml.RenderFragment(Pack.Documents[1]);
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html lang=\"en-GB\"><head><title>t</title></head><body>{fragment}</body></html>");

        Assert.Empty(document.QuerySelectorAll("h1, script, html > body > html"));
        Assert.Equal(["Contents", .. Pack.Documents[1].Sections.Select(s => s.Title)], Texts(document, "h2"));
        Assert.All(document.QuerySelectorAll("section > h2"), h => Assert.Equal("govuk-heading-l", h.ClassName));
        Assert.Equal("govuk-heading-m", document.QuerySelector("h3")!.ClassName);
        Assert.Equal("govuk-heading-s", document.QuerySelector("h4")!.ClassName);
        Assert.All(document.QuerySelectorAll("table"), t => Assert.Equal("govuk-table", t.ClassName));
        Assert.NotEmpty(document.QuerySelectorAll("th.govuk-table__header[scope=col]"));
        Assert.NotEmpty(document.QuerySelectorAll("p.govuk-body"));
        Assert.NotEmpty(document.QuerySelectorAll("ul.govuk-list.govuk-list--bullet"));
    }

    [Fact]
    public void ThreeOutputs_SamePack_NeverDisagreeOnSectionTitles()
    {
        var expected = SamplePack.SectionTitles(Pack);

        var html = new HtmlParser().ParseDocument(PaperHtml.Render(Pack, SamplePack.GeneratedAt));
        Assert.Equal(expected, Texts(html, "section > h2"));

        using var stream = new MemoryStream(PaperWord.Render(Pack, SamplePack.GeneratedAt));
        using var word = WordprocessingDocument.Open(stream, false);
        Assert.Equal(expected, ParagraphsStyled(word.MainDocumentPart!.Document.Body!, "Heading1"));

        using var pdf = PdfDocument.Open(PaperPdf.Render(Pack, SamplePack.GeneratedAt));
        var text = string.Join(' ', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        var afterContents = text[text.LastIndexOf("Contents", StringComparison.Ordinal)..];
        AssertInOrder(text, expected);
        Assert.All(expected, title => Assert.True(CountOf(text, title) >= 1, title));
        Assert.Contains(expected[^1], afterContents, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_EachFormat_HasContentTypeAndSafeName()
    {
        var pdf = PaperFiles.Render(Pack, PaperFormat.Pdf, SamplePack.GeneratedAt);
        var html = PaperFiles.Render(Pack, PaperFormat.Html, SamplePack.GeneratedAt);
        var docx = PaperFiles.Render(Pack, PaperFormat.Docx, SamplePack.GeneratedAt);

        Assert.Equal(("mps-annual-governance-statement-2016-17.pdf", "application/pdf"), (pdf.FileName, pdf.ContentType));
        Assert.Equal("mps-annual-governance-statement-2016-17.html", html.FileName);
        Assert.StartsWith("text/html", html.ContentType, StringComparison.Ordinal);
        Assert.Equal("mps-annual-governance-statement-2016-17.docx", docx.FileName);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf.Content, 0, 4), StringComparison.Ordinal);
        Assert.Equal("PK", Encoding.ASCII.GetString(docx.Content, 0, 2));
        Assert.Equal(
            "mopac-a-b-c-d-e-1-2.pdf",
            PaperFiles.FileName(new PaperPack("../A  \"b\" <c>\\d/é 1/2", [Pack.Documents[0] with { OrganisationCode = "MOPAC" }], [string.Empty]), PaperFormat.Pdf));
    }

    [Fact]
    public void FileName_TitleWithoutYear_AddsThePapersYear()
    {
        var paper = Pack.Documents[0] with { Title = "Annual Governance Statement of the Commissioner" };

        var name = PaperFiles.FileName(new PaperPack(paper.Title, [paper with { YearLabel = "2016/17" }], [string.Empty]), PaperFormat.Docx);

        Assert.Equal("mps-annual-governance-statement-of-the-commissioner-2016-17.docx", name);
    }

    [Fact]
    public void AllFormats_BarePaper_RenderWithoutMarkingContentsOrRows()
    {
        var bare = Pack.Documents[1] with
        {
            ProtectiveMarking = null,
            Subtitle = null,
            Sections =
            [
                new DocSection("p12-section-a", 1, null, "Only section", [
                    new DocTable("Nothing yet", [new DocColumn("Action")], [], ShowColumnHeaders: true),
                    new DocTable("Headless", [new DocColumn("A"), new DocColumn("B")], [[DocCell.Of("x"), new DocCell([])]], ShowColumnHeaders: false),
                    new DocList(false, 1, []),
                    new DocSignatures([]),
                    new DocParagraph([]),
                ], InContents: false),
            ],
        };
        var pack = PaperPack.Single(bare);

        using var pdf = PdfDocument.Open(PaperFiles.Render(pack, PaperFormat.Pdf, SamplePack.GeneratedAt).Content);
        Assert.Contains("Only section", string.Join(' ', pdf.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
        var html = new HtmlParser().ParseDocument(PaperHtml.Render(pack, SamplePack.GeneratedAt));
        Assert.Empty(html.QuerySelectorAll("nav"));
        Assert.Equal(["Only section"], Texts(html, "section > h2"));
        using var stream = new MemoryStream(PaperWord.Render(pack, SamplePack.GeneratedAt));
        using var word = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Theory]
    [InlineData("pdf", true)]
    [InlineData("DOCX", true)]
    [InlineData("html", true)]
    [InlineData("rtf", false)]
    [InlineData("", false)]
    public void TryParse_Format_AcceptsTheThreeFormatsOnly(string text, bool accepted)
    {
        Assert.Equal(accepted, PaperFiles.TryParse(text, out _));
    }

    private static List<string> ParagraphsStyled(Body body, string style) =>
        [.. body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style).Select(p => p.InnerText)];

    private static List<string> Texts(IDocument document, string selector) => [.. document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim())];

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static void AssertInOrder(string text, IEnumerable<string> expected)
    {
        var at = 0;
        foreach (var item in expected)
        {
            var found = text.IndexOf(item, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{item}' not found after position {at}.");
            at = found + item.Length;
        }
    }
}

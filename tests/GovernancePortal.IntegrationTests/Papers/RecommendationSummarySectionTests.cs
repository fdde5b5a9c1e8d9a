using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Features.Papers.Rendering;
using GovernancePortal.Application.Features.Recommendations.Model;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Pages.Papers;
using GovernancePortal.IntegrationTests.Pages.Recommendations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace GovernancePortal.IntegrationTests.Papers;

/// <summary>A paper with an "External recommendations summary" section prints the summary's theme table in PDF, HTML and Word.</summary>
[Collection(SqliteCollectionB.Name)]
public sealed partial class RecommendationSummarySectionTests(SqlitePortal portal)
{
    [Fact]
    public async Task RecommendationSummarySection_PdfHtmlAndWord_CarryTheThemeTableWithItsTotals()
    {
        var openBefore = await portal.WithDbAsync(async db =>
            (await RecommendationSummary.LoadAsync(db, await db.Organisations.Where(o => o.Code == OrganisationCodes.Mopac).Select(o => o.Id).SingleAsync(), null, CancellationToken.None)).Open);
        var theme = await portal.NewThemeAsync(OrganisationCodes.Mopac);
        await portal.RaiseAsync(OrganisationCodes.Mopac, count: 3, themeId: theme.Id);
        var total = (openBefore + 3).ToString(CultureInfo.InvariantCulture);
        var pack = await portal.WithDbAsync(async db =>
        {
            var organisationId = await db.Organisations.Where(o => o.Code == OrganisationCodes.Mopac).Select(o => o.Id).SingleAsync();
            var template = new PaperTemplate { OrganisationId = organisationId, Kind = PaperKind.ProgressReport };
            template.AddSection(new("1", "External recommendations", SectionContent.RecommendationSummary, CipfaElement.None, false, null));
            var paper = Paper.Create(template, null, await PaperTestData.FreeYearAsync(db, organisationId), "Recommendations test", PaperTestData.Actor);
            db.Papers.Add(paper);
            await db.SaveChangesAsync();
            var loaded = await PaperComposer.LoadAsync(db, paper.Id, CancellationToken.None) ?? throw new InvalidOperationException("No paper");
            return await new PaperComposer(db, TimeProvider.System).ComposePackAsync(loaded, CancellationToken.None);
        });
        var generatedAt = DateTimeOffset.UtcNow;

        var html = await new HtmlParser().ParseDocumentAsync(System.Text.Encoding.UTF8.GetString(PaperFiles.Render(pack, PaperFormat.Html, generatedAt).Content));
        var table = html.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.Contains("by strategic theme", StringComparison.Ordinal) == true);
        string[] HtmlRow(string name) => [.. table.QuerySelectorAll("tr").Single(tr => tr.Children[0].TextContent.Trim() == name).Children.Select(c => c.TextContent.Trim())];
        using var word = WordprocessingDocument.Open(new MemoryStream(PaperFiles.Render(pack, PaperFormat.Docx, generatedAt).Content), false);
        var wordRows = word.MainDocumentPart!.Document!.Body!.Descendants<WordTable>()
            .Single(t => t.InnerText.Contains(theme.Name, StringComparison.Ordinal)).Descendants<WordRow>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText.Trim()).ToArray()).ToList();
        using var pdf = PdfDocument.Open(PaperFiles.Render(pack, PaperFormat.Pdf, generatedAt).Content);
        var pdfText = Spaces().Replace(string.Join(' ', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text)))), " ");

        Assert.Equal([theme.Name, "3"], HtmlRow(theme.Name));
        Assert.Equal(["Total", total], HtmlRow("Total"));
        Assert.Contains([theme.Name, "3"], wordRows);
        Assert.Contains(["Total", total], wordRows);
        Assert.Contains("Open recommendations by strategic theme", pdfText, StringComparison.Ordinal);
        Assert.Contains($"{theme.Name} 3", pdfText, StringComparison.Ordinal);
        Assert.Contains($"Total {total}", pdfText, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

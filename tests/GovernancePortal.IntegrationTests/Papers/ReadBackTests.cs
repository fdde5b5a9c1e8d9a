using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Features.Papers.Rendering;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace GovernancePortal.IntegrationTests.Papers;

/// <summary>
/// The demo papers printed and read back: the Met's 2016/17 AGS follows seed 000 section by section, MOPAC's 2018/19 AGS
/// follows seed 002, the progress report prints the 2018/21 plan from live data, and the PDF, Word and HTML files list
/// the same sections. Read-only on the seeded papers.
/// </summary>
[Collection(SqliteSeededPapersCollection.Name)]
public sealed partial class ReadBackTests(SqlitePortal portal)
{
    private static readonly DateTimeOffset GeneratedAt = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task MetAgs201617_Pdf_HasContentsSectionsAreasLeadsDeclarationAndGlossaryInOrder()
    {
        var (pack, expected) = await portal.WithDbAsync(async db =>
        {
            var mps = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
            var areas = await db.GovernanceAreas.Where(a => a.OrganisationId == mps.Id && !a.IsArchived)
                .OrderBy(a => a.SortOrder).Select(a => new { a.Reference, a.Description }).ToListAsync();
            var plan = await db.ImprovementPlans.Include(p => p.Areas).ThenInclude(a => a.Leads)
                .SingleAsync(p => p.OrganisationId == mps.Id && p.FirstYear == new ReportingYear(2017));
            var leads = plan.Areas.OrderBy(a => a.Sequence).Select(a => $"{a.Sequence}. {a.Title} Lead:").ToList();
            return (await PackAsync(db, OrganisationCodes.Met, PaperKind.AnnualGovernanceStatement, 2016),
                (Areas: areas.Select(a => $"{a.Reference}. {FirstWords(a.Description, 5)}").ToList(), Leads: leads));
        });

        var text = PdfText(PaperFiles.Render(pack, PaperFormat.Pdf, GeneratedAt).Content);

        Assert.Equal(14, expected.Areas.Count);
        Assert.Equal(8, expected.Leads.Count);
        var contents = text.IndexOf("Contents", StringComparison.Ordinal);
        Assert.True(contents >= 0, "The PDF has no contents");
        var body = text.IndexOf("A. Scope of responsibilities", text.IndexOf("G. Glossary of terms", contents, StringComparison.Ordinal), StringComparison.Ordinal);
        AssertInOrder(text, body,
        [
            "A. Scope of responsibilities", "B. Met strategy and challenges", "C. The Governance Framework",
            "D. Review of Met governance", .. expected.Areas,
            "E. Governance issues and actions for 2017/18", .. expected.Leads,
            "F. Declaration", "Craig Mackey", "Deputy Commissioner of Police of the Metropolis", "Lynda McMullan", "Chief Financial Officer",
            "Document control", "Protective Marking None", "G. Glossary of terms", "AC Assistance Commissioner", "VfM Value for Money",
        ]);
    }

    [Fact]
    public async Task MopacAgs201819_Pdf_FollowsSeed002SectionBySection()
    {
        var pack = await portal.WithDbAsync(db => PackAsync(db, OrganisationCodes.Mopac, PaperKind.AnnualGovernanceStatement, 2018));

        var text = PdfText(PaperFiles.Render(pack, PaperFormat.Pdf, GeneratedAt).Content);

        var body = text.IndexOf("1. Introduction", text.IndexOf("8. Statement of Assurance", StringComparison.Ordinal), StringComparison.Ordinal);
        AssertInOrder(text, body,
        [
            "1. Introduction", "2. Scope of Responsibilities", "3. Governance provisions",
            "4. Review against the Framework 2018/2019",
            "Defining outcomes", "What is working well?", "What could be improved?",
            "Determining the interventions", "What is working well?",
            "Behaving with integrity", "What is working well?",
            "Ensuring openness", "What is working well?",
            "5. Reviewing the effectiveness of MOPAC's governance arrangements",
            "6. Governance issues for improvement", "adequate internal control environment, which is generally operating effectively",
            "Recommendation Priority Management response", "High",
            "Governance Improvement Plan 2019/20", "Key improvement areas for 2019/20",
            "7. Identification of further governance improvement initiatives",
            "8. Statement of Assurance", "Sophie Linden", "Deputy Mayor for Policing and Crime", "24 May 2019",
            "Rebecca Lawrence", "Chief Executive", "24 May 2019",
        ]);
    }

    [Fact]
    public async Task MetProgressReport201821_Pdf_PrintsThePlanFromLiveData()
    {
        var (pack, areas, actions) = await portal.WithDbAsync(async db =>
        {
            var paper = await db.Papers.Where(p => p.Organisation!.Code == OrganisationCodes.Met && p.Kind == PaperKind.ProgressReport)
                .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            var plan = await db.ImprovementPlans.Include(p => p.Areas).ThenInclude(a => a.Actions)
                .SingleAsync(p => p.Organisation!.Code == OrganisationCodes.Met && p.FirstYear == new ReportingYear(2018));
            return (await ComposeAsync(db, paper), plan.Areas.OrderBy(a => a.Sequence).Select(a => $"{a.DisplayCode} {a.Title.Split(' ')[0]}").ToList(), plan.Areas.Sum(a => a.Actions.Count));
        });

        var text = PdfText(PaperFiles.Render(pack, PaperFormat.Pdf, GeneratedAt).Content);

        var summary = text.IndexOf("Progress summary", text.IndexOf("1. Supporting Information", text.IndexOf("Overall Summary", StringComparison.Ordinal), StringComparison.Ordinal), StringComparison.Ordinal);
        AssertInOrder(text, summary, ["Progress summary", $"as at 8 January 2020. {actions} actions", "Progress by improvement area", .. areas, "How RAG is rated:", "Actions with revised due dates", "Actions completed since the last report"]);
        Assert.Matches(RagWord(), text);
    }

    [Theory]
    [InlineData(OrganisationCodes.Met, 2016)]
    [InlineData(OrganisationCodes.Mopac, 2018)]
    public async Task Ags_PdfWordAndHtml_ListTheSameSectionsInTheSameOrder(string organisation, int year)
    {
        var pack = await portal.WithDbAsync(db => PackAsync(db, organisation, PaperKind.AnnualGovernanceStatement, year));
        var titles = pack.Documents[0].Sections.Select(s => s.Title).ToList();

        using var word = WordprocessingDocument.Open(new MemoryStream(PaperFiles.Render(pack, PaperFormat.Docx, GeneratedAt).Content), false);
        var headings = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1")
            .Select(p => p.InnerText).ToList();
        var html = await new HtmlParser().ParseDocumentAsync(System.Text.Encoding.UTF8.GetString(PaperFiles.Render(pack, PaperFormat.Html, GeneratedAt).Content));
        var h2 = html.QuerySelectorAll("article section[aria-labelledby] > h2").Select(h => h.TextContent.Trim()).ToList();
        var pdf = PdfText(PaperFiles.Render(pack, PaperFormat.Pdf, GeneratedAt).Content);

        Assert.Equal(titles, headings);
        Assert.Equal(titles, h2);
        Assert.Equal("en-GB", html.DocumentElement.GetAttribute("lang"));
        AssertInOrder(pdf, pdf.LastIndexOf("Contents", StringComparison.Ordinal), titles);
    }

    private static async Task<PaperPack> PackAsync(Infrastructure.Data.GovernancePortalDbContext db, string organisation, PaperKind kind, int year)
    {
        var id = await db.Papers.Where(p => p.Organisation!.Code == organisation && p.Kind == kind && p.Year == new ReportingYear(year))
            .Select(p => p.Id).SingleAsync();
        return await ComposeAsync(db, id);
    }

    private static async Task<PaperPack> ComposeAsync(Infrastructure.Data.GovernancePortalDbContext db, int id)
    {
        var composer = new PaperComposer(db, TimeProvider.System);
        var paper = await PaperComposer.LoadAsync(db, id, CancellationToken.None) ?? throw new InvalidOperationException($"No paper {id}");
        return await composer.ComposePackAsync(paper, CancellationToken.None);
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }

    /// <summary>Each expected phrase occurs after the previous one (whitespace-insensitive), starting at <paramref name="from"/>.</summary>
    private static void AssertInOrder(string text, int from, IReadOnlyList<string> expected)
    {
        Assert.True(from >= 0, "The starting point was not found");
        // Lines break after a slash ("2019/ 20" once read back as words), so a slash is never followed by a space here.
        string Normalise(string s) => Spaces().Replace(s, " ").Replace("/ ", "/", StringComparison.Ordinal);
        var normalised = Normalise(text);
        var position = Normalise(text[..from]).Length;
        foreach (var phrase in expected)
        {
            var wanted = Normalise(phrase).Trim();
            var found = normalised.IndexOf(wanted, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{wanted}\" is missing after position {position}: …{normalised[Math.Max(0, position - 80)..Math.Min(normalised.Length, position + 200)]}…");
            position = found + wanted.Length;
        }
    }

    private static string FirstWords(string text, int count) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(Red|Amber|Green)\b")]
    private static partial Regex RagWord();
}

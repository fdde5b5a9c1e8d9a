using System.Globalization;
using System.Net;
using System.Text;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Files;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Surveys;

/// <summary>A survey's answers as CSV and XLSX, one row per answer, read back with the portal's own readers.</summary>
[Collection(SqliteSurveyAnalysisCollection.Name)]
public sealed class ExportTests(SqlitePortal portal)
{
    private static readonly string[] Headings =
    [
        "Survey", "Organisation", "Year", "Return", "Signatory", "Post", "Business group", "Return status", "Signed by", "Signed on", "Section",
        "Section title", "Governance area", "Question", "Question text", "Wording version", "Kind", "Rating position", "Rating", "Yes, no or partly",
        "Text", "Links", "Answered by", "Answered at",
    ];

    [Fact]
    public async Task Export_CsvAndXlsx_OneRowPerAnswerAndReadBackEqual()
    {
        var survey = await portal.NewAnalysisSurveyAsync(["Territorial Policing", "MetHQ"]);
        await portal.SubmitAsync(
            survey.Return(0),
            new SectionAnswer(2, "=HYPERLINK(\"http://evil.example\") is not a formula here", YesNoPartly.Partly, "Two of three, \"mostly\"", "Audit report", "https://intranet.example.org/a\nhttps://intranet.example.org/b"),
            new SectionAnswer(0));
        await portal.DraftAsync(survey.Return(1), new SectionAnswer(1));
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var csvResponse = await client.GetAsync(new Uri($"/surveys/{survey.SurveyId}/export?format=csv", UriKind.Relative));
        var xlsxResponse = await client.GetAsync(new Uri($"/surveys/{survey.SurveyId}/export?format=xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal($"sic-survey-mps-{survey.Year.StartYear}-{(survey.Year.StartYear + 1) % 100:00}-answers.csv", csvResponse.Content.Headers.ContentDisposition!.FileNameStar);
        var csv = CsvReader.Read(Encoding.UTF8.GetString(await csvResponse.Content.ReadAsByteArrayAsync())).Select(r => r.Fields.ToArray()).ToList();
        Assert.Equal(Headings, csv[0]);
        // Return 0: a rating, a yes/no/partly and evidence in area 1, a rating in area 2; return 1 (in progress): a rating.
        Assert.Equal(5, csv.Count - 1);
        var rating = csv.Single(r => r[3] == survey.Return(0).ToString(CultureInfo.InvariantCulture) && r[11] == "Test area 1" && r[16] == "Assurance rating");
        Assert.Equal([survey.Title, "Met", survey.Year.ToString(), survey.Respondents[0].Name, "Analysis senior lead", "Territorial Policing", "Submitted", survey.Respondents[0].Name], [rating[0], rating[1], rating[2], rating[4], rating[5], rating[6], rating[7], rating[8]]);
        Assert.Equal(AnalysisTestData.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), rating[9]);
        Assert.Equal(["1", "Test area 1", "", "1", "How much assurance can you give for Test area 1?", "1"], rating[10..16]);
        Assert.Equal(["2", "Limited assurance", ""], rating[17..20]);
        // The CSV neutralises a cell a spreadsheet would run as a formula.
        Assert.Equal("'=HYPERLINK(\"http://evil.example\") is not a formula here", rating[20]);
        var choice = csv.Single(r => r[3] == survey.Return(0).ToString(CultureInfo.InvariantCulture) && r[16] == "Yes, no or partly");
        Assert.Equal(["Partly", "Two of three, \"mostly\""], choice[19..21]);
        var evidence = csv.Single(r => r[16] == "Evidence (text and links)");
        Assert.Equal(["Audit report", "https://intranet.example.org/a\nhttps://intranet.example.org/b"], evidence[20..22]);
        Assert.Contains(csv.Skip(1), r => r[3] == survey.Return(1).ToString(CultureInfo.InvariantCulture) && r[7] == "In progress" && r[18] == "Reasonable assurance");

        Assert.Equal(XlsxWriter.ContentType, xlsxResponse.Content.Headers.ContentType!.MediaType);
        var sheet = XlsxReader.Read(await xlsxResponse.Content.ReadAsByteArrayAsync(), 10_000);
        Assert.Equal(csv.Count, sheet.Count);
        for (var i = 0; i < csv.Count; i++)
        {
            var cells = sheet[i].Cells.Concat(Enumerable.Repeat(string.Empty, Headings.Length)).Take(Headings.Length).ToList();
            // Dates are date cells in the workbook; formulas are never written, so the text is as typed.
            if (i > 0 && double.TryParse(cells[9], CultureInfo.InvariantCulture, out var serial))
            {
                cells[9] = DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            var expected = csv[i].Select(c => c.StartsWith("'=", StringComparison.Ordinal) ? c[1..] : c).ToList();
            Assert.Equal(expected, cells);
        }
    }

    [Fact]
    public async Task Export_PanelMember_IsForbidden()
    {
        var survey = await portal.NewAnalysisSurveyAsync(["MetHQ"]);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var response = await client.GetAsync(new Uri($"/surveys/{survey.SurveyId}/export?format=csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

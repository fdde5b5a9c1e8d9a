using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Application.Features.Recommendations;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Infrastructure.Files;
using GovernancePortal.IntegrationTests.Pages.Improvement;
using GovernancePortal.IntegrationTests.Pages.Recommendations.Import;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations;

/// <summary>The register as CSV or XLSX, with the import's headings: an export imports again as it is.</summary>
[Collection(ImportCollection.Name)]
public sealed class ExportTests(SqlitePortal portal)
{
    private const string Title = "Review exported and imported again";

    [Fact]
    public async Task Export_CsvImportedIntoAnotherOrganisation_MapsItselfAndRoundTrips()
    {
        await portal.WithDbAsync(async db =>
        {
            var mopac = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Mopac);
            var source = await db.RecommendationSources.FirstOrDefaultAsync(s => s.OrganisationId == mopac.Id && s.Name == "Independent review")
                ?? new RecommendationSource { OrganisationId = mopac.Id, Name = "Independent review" };
            var theme = new RecommendationTheme { OrganisationId = mopac.Id, Name = "Exported theme" };
            var report = new SourceReport { OrganisationId = mopac.Id, Source = source, Title = Title, PublishedOn = new DateOnly(2025, 4, 1), Reference = "IR-EXP" };
            db.SourceReports.Add(report);
            db.RecommendationThemes.Add(theme);
            await db.SaveChangesAsync();
            var actor = new Domain.Common.Actor(null, "tests", DateTime.UtcNow);
            var programme = Recommendation.Raise(report, new("R1", "Deliver it through the programme", RecommendationPriority.High, theme.Id, DeliveryRoute.Programme, "Estates Programme", null, "Estates lead, Property Services", new DateOnly(2026, 1, 31)), actor);
            programme.OriginalDueDate = new DateOnly(2025, 10, 31);
            db.Recommendations.AddRange(
                programme,
                Recommendation.Raise(report, new("R2", "=SUM(1+1) looks like a formula", RecommendationPriority.Low, null, DeliveryRoute.PolicyChange, null, null, null, null), actor),
                Recommendation.Raise(report, new("R3", "Already closed", null, null, null, null, null, null, new DateOnly(2025, 6, 30)), actor, RecommendationStatus.Closed, new DateOnly(2025, 7, 1)));
            return await db.SaveChangesAsync();
        });
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var exported = await client.GetAsync(new Uri("/recommendations/mopac/export/csv", UriKind.Relative));
        var bytes = await exported.Content.ReadAsByteArrayAsync();
        var csv = CsvReader.Read(Encoding.UTF8.GetString(bytes)).ToList();
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        Assert.Equal(RecommendationExport.Columns.Select(c => c.Heading), csv[0].Fields);
        Assert.Contains(csv, r => r.Fields[4] == "R2" && r.Fields[5] == "'=SUM(1+1) looks like a formula");

        // The export's header and this test's rows (the register may hold other rows that the Met has too).
        var ours = new CsvWriter().WriteRow(csv[0].Fields);
        foreach (var row in csv.Where(r => r.Fields[1] == Title))
        {
            ours.WriteRow(row.Fields);
        }

        var preview = await client.UploadRecommendationsOrFailAsync("mps", "mopac export.csv", ours.ToBytes());
        var (_, page) = await client.GetPageAsync(preview);
        Assert.DoesNotContain(page.QuerySelectorAll<IHtmlSelectElement>("main form select"), s => string.IsNullOrEmpty(s.Value));
        await client.CheckAsync(preview);
        var (_, report) = await client.GetPageAsync(preview);
        Assert.Empty(report.QuerySelectorAll(".app-import-errors tbody tr").Select(r => r.TextContent.Trim()));
        var (confirmed, _) = await client.ConfirmAsync(preview, skipInvalid: false);
        var again = CsvReader.Read(Encoding.UTF8.GetString(await client.GetByteArrayAsync(new Uri("/recommendations/mps/export/csv", UriKind.Relative)))).ToList();

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        // Everything but the RAG rating, which is each organisation's own rule.
        static IEnumerable<string> Ours(IEnumerable<CsvRecord> rows) => rows.Where(r => r.Fields[1] == Title).Select(r => string.Join('|', r.Fields.Take(15)));
        Assert.Equal(3, Ours(csv).Count());
        Assert.Equal(Ours(csv), Ours(again));
    }

    [Theory]
    [InlineData("xlsx", HttpStatusCode.OK)]
    [InlineData("pdf", HttpStatusCode.NotFound)]
    public async Task Export_Format_XlsxHasTheHeadingsOthersAre404(string format, HttpStatusCode expected)
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var response = await client.GetAsync(new Uri($"/recommendations/mps/export/{format}", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            var sheet = XlsxReader.Read(await response.Content.ReadAsByteArrayAsync(), 10_000);
            Assert.Equal(RecommendationExport.Columns.Select(c => c.Heading), sheet[0].Cells);
        }
    }
}

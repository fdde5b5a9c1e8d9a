using System.Globalization;
using System.Net;
using System.Text;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Files;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.IntegrationTests.Pages.Improvement;

/// <summary>The register as a CSV or XLSX file (data access: on each provider).</summary>
public abstract class ExportTests(PortalFactory portal)
{
    [Fact]
    public async Task Export_CsvAndXlsx_HaveTheColumnsAndHonourTheFilters()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        var plan = await portal.PlanIdAsync(OrganisationCodes.Met);

        var csvResponse = await client.GetAsync(new Uri($"/improvement/export?org=MPS&plan={plan}&status=Open&format=csv", UriKind.Relative));
        var xlsxResponse = await client.GetAsync(new Uri("/improvement/export?org=MOPAC&format=xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Matches(@"^improvement-register-mps-\d{4}-\d{2}-\d{2}\.csv$", csvResponse.Content.Headers.ContentDisposition!.FileNameStar ?? csvResponse.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var csv = CsvReader.Read(Encoding.UTF8.GetString(await csvResponse.Content.ReadAsByteArrayAsync())).ToList();
        Assert.Equal(
            ["Organisation", "Plan", "Area code", "Area title", "Code", "Description", "Owner", "Source", "Source reference", "Original due date", "Due date", "Revisions", "Days late", "Status", "RAG", "RAG overridden", "Latest progress"],
            csv[0].Fields);
        Assert.True(csv.Count > 1, $"{csv.Count - 1} open Met actions exported");
        Assert.All(csv.Skip(1), r => Assert.Equal("Met", r.Fields[0]));
        Assert.All(csv.Skip(1), r => Assert.Contains(r.Fields[13], new[] { "Not started", "In progress", "Reported complete" }));
        Assert.All(csv.Skip(1), r => Assert.Matches(@"^(\d{4}-\d{2}-\d{2})?$", r.Fields[10]));

        Assert.Equal(XlsxWriter.ContentType, xlsxResponse.Content.Headers.ContentType!.MediaType);
        var sheet = XlsxReader.Read(await xlsxResponse.Content.ReadAsByteArrayAsync(), 10_000);
        Assert.Equal("Organisation", sheet[0].Cells[0]);
        Assert.All(sheet.Skip(1), r => Assert.Equal("MOPAC", r.Cells[0]));
        Assert.Contains(sheet.Skip(1), r => r.Cells.Count > 10 && double.TryParse(r.Cells[10], CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task Export_ThenImportIntoANewPlan_RoundTrips()
    {
        var source = await portal.PlanIdAsync(OrganisationCodes.Met);
        var target = await portal.WithDbAsync(async db =>
        {
            var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
            var plan = new ImprovementPlan { OrganisationId = met.Id, Title = "Round trip plan", FirstYear = new ReportingYear(2040), LastYear = new ReportingYear(2040), Status = PlanStatus.Active };
            db.ImprovementPlans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var exported = await client.GetByteArrayAsync(new Uri($"/improvement/export?plan={source}&format=csv", UriKind.Relative));
        var expected = CsvReader.Read(Encoding.UTF8.GetString(exported)).Count() - 1;

        var preview = await client.UploadOrFailAsync(target, "register.csv", exported);
        await client.CheckAsync(preview);
        var (_, report) = await client.GetPageAsync(preview);
        Assert.Empty(report.QuerySelectorAll(".app-import-errors tbody tr").Select(r => r.TextContent.Trim()));
        var (confirmed, _) = await client.ConfirmAsync(preview, skipInvalid: false);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(expected, await portal.ActionCountAsync(target));
        var again = await client.GetByteArrayAsync(new Uri($"/improvement/export?plan={target}&format=csv", UriKind.Relative));
        static IEnumerable<string> Comparable(byte[] file) => CsvReader.Read(Encoding.UTF8.GetString(file)).Skip(1)
            .Select(r => string.Join("|", r.Fields.Skip(2).Take(10)) + "|" + string.Join("|", r.Fields.Skip(13)))
            .Order(StringComparer.Ordinal);
        Assert.Equal(Comparable(exported), Comparable(again));
    }
}

[Collection(ImportCollection.Name)]
public sealed class SqliteExportTests(SqlitePortal portal) : ExportTests(portal);

[Collection(PostgresImportCollection.Name)]
public sealed class PostgresExportTests(PostgresPortal portal) : ExportTests(portal);

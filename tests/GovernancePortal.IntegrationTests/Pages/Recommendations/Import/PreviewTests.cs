using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Application.Features.Improvement.Import;
using GovernancePortal.Application.Features.Recommendations.Import;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Infrastructure.Files;
using GovernancePortal.IntegrationTests.Pages.Improvement;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations.Import;

/// <summary>An uploaded file of recommendations: mapping, dry run, all-or-nothing import (the import portal: imports add rows).</summary>
[Collection(ImportCollection.Name)]
public sealed class PreviewTests(SqlitePortal portal)
{
    [Fact]
    public async Task Import_GeneratedRegisterOf150_MapsItselfChecksCleanAndImportsEveryRow()
    {
        var generated = RecommendationCsv.Generate();
        var csv = RecommendationCsv.ToCsv(generated);
        if (Environment.GetEnvironmentVariable("GOVERNANCEPORTAL_WRITE_SAMPLES") == "1")
        {
            await File.WriteAllBytesAsync(RecommendationCsv.SamplePath(), csv, TestContext.Current.CancellationToken);
        }

        Assert.Equal(csv, await File.ReadAllBytesAsync(RecommendationCsv.SamplePath(), TestContext.Current.CancellationToken));
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var preview = await client.UploadRecommendationsOrFailAsync("mopac", "register.csv", csv);
        var (_, page) = await client.GetPageAsync(preview);
        var mapped = page.QuerySelectorAll<IHtmlSelectElement>("main form select").Select(s => s.Value).Where(v => v is { Length: > 0 }).ToList();
        Assert.Equal(RecommendationCsv.Headings.Order(StringComparer.Ordinal), mapped.Order(StringComparer.Ordinal));
        await client.CheckAsync(preview);
        var (_, report) = await client.GetPageAsync(preview);
        Assert.Empty(report.QuerySelectorAll(".app-import-errors tbody tr").Select(r => r.TextContent.Trim()));
        Assert.Equal("150", report.QuerySelector("#would-add")!.TextContent.Trim());
        Assert.Equal(20, report.QuerySelectorAll("#new-reports li").Length);
        Assert.Subset(RecommendationCsv.Themes.ToHashSet(), report.QuerySelectorAll("#new-themes li").Select(li => li.TextContent.Trim()).ToHashSet());
        var (confirmed, _) = await client.ConfirmAsync(preview, skipInvalid: false);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var titles = generated.Select(g => g.ReportTitle).Distinct().ToList();
        var imported = await portal.WithDbAsync(db => db.Recommendations.AsNoTracking()
            .Where(r => r.Organisation!.Code == OrganisationCodes.Mopac && titles.Contains(r.Report!.Title))
            .Select(r => new { Theme = r.Theme!.Name, r.ReportId, r.Status, r.ClosedOn, r.Priority, r.DeliveryRoute, r.DeliveryDetail }).ToListAsync());
        Assert.Equal(
            generated.GroupBy(g => g.Theme).Select(g => $"{g.Key}: {g.Count()}").Order(StringComparer.Ordinal),
            imported.GroupBy(r => r.Theme).Select(g => $"{g.Key}: {g.Count()}").Order(StringComparer.Ordinal));
        Assert.Equal(20, imported.Select(r => r.ReportId).Distinct().Count());
        Assert.Equal(generated.Count(g => g.Status == "Closed"), imported.Count(r => r.Status == RecommendationStatus.Closed && r.ClosedOn != null));
        Assert.Equal(generated.Count(g => g.Status == "Proposed for closure"), imported.Count(r => r.Status == RecommendationStatus.ProposedForClosure));
        Assert.Equal(generated.Count(g => g.Priority is "High" or "P1" or "Essential"), imported.Count(r => r.Priority == RecommendationPriority.High));
        Assert.Equal(generated.Count(g => g.Programme.Length > 0), imported.Count(r => r.DeliveryRoute == DeliveryRoute.Programme && r.DeliveryDetail != null));
        var sources = await portal.WithDbAsync(db => db.RecommendationSources.Where(s => s.Organisation!.Code == OrganisationCodes.Mopac).Select(s => s.Name).ToListAsync());
        Assert.Subset(sources.ToHashSet(), RecommendationSource.Defaults.ToHashSet());
    }

    [Fact]
    public async Task Import_FileWithBadRows_ListsEachRowErrorAndImportsNothing()
    {
        await portal.WithDbAsync(async db =>
        {
            var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
            var source = new RecommendationSource { OrganisationId = met.Id, Name = "Test inspectorate" };
            var report = new SourceReport { OrganisationId = met.Id, Source = source, Title = "Report already in the register", PublishedOn = new DateOnly(2024, 5, 1) };
            db.SourceReports.Add(report);
            await db.SaveChangesAsync();
            db.Recommendations.Add(Recommendation.Raise(report, new RecommendationDetails("R1", "Already here", null, null, null, null, null, null, null), new(null, "tests", DateTime.UtcNow)));
            return await db.SaveChangesAsync();
        });
        Task<int> CountAsync() => portal.WithDbAsync(db => db.Recommendations.CountAsync(r => r.Report!.Title == "Bad rows report" || r.Report.Title == "Report already in the register"));
        var before = await CountAsync();
        var csv = new CsvWriter().WriteRow("Source", "Report title", "Report date", "Reference", "Recommendation", "Priority", "Delivery route", "Programme", "Due date", "Status", "Closed on");
        csv.WriteRow("Test inspectorate", "Bad rows report", "2025-01-10", "R1", "A good row", "High", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        csv.WriteRow("Test inspectorate", "Bad rows report", "2025-01-10", "r1", "Same reference as row 2", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        csv.WriteRow("Test inspectorate", "Bad rows report", "2025-01-10", "R3", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        csv.WriteRow("Test inspectorate", "Bad rows report", "2025-01-10", "R4", "Unknown priority", "Vital", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        csv.WriteRow("Test inspectorate", "Bad rows report", "2025-01-10", "R5", "Bad due date", string.Empty, string.Empty, string.Empty, "31/02/2025", string.Empty, string.Empty);
        csv.WriteRow("Test inspectorate", "Bad rows report", "2025-01-10", "R6", "Programme without a name", string.Empty, "Programme", string.Empty, string.Empty, string.Empty, string.Empty);
        csv.WriteRow("Test inspectorate", "Bad rows report", "2025-01-10", "R7", "Closing date but open", string.Empty, string.Empty, string.Empty, string.Empty, "Open", "2025-02-01");
        csv.WriteRow("test inspectorate", "Report already in the register", "01/05/2024", "R1", "Already in the register", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        csv.WriteRow(string.Empty, "Bad rows report", "2025-01-10", "R9", "No source", string.Empty, string.Empty, string.Empty, string.Empty, "Nearly done", string.Empty);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var preview = await client.UploadRecommendationsOrFailAsync("mps", "bad rows.csv", csv.ToBytes());
        await client.CheckAsync(preview);
        var (_, report) = await client.GetPageAsync(preview);
        var discard = RenderedForm.ForElement(client, preview, report.QuerySelector<IHtmlFormElement>("form[action$='handler=discard']")!);
        var (refused, refusedPage) = await discard.PostingTo(preview + "?handler=confirm").SubmitAsync();

        Assert.Equal(
        [
            "Row 3 | Reference | reference 'r1' of this report is also on row 2",
            "Row 4 | Recommendation | the recommendation is empty",
            "Row 5 | Priority | priority 'Vital' is not High, Medium or Low",
            "Row 6 | Due date | due date '31/02/2025' is not a date (write it like 2019-03-31 or 31/03/2019)",
            "Row 7 | Delivery route | the route is a programme but no programme is named (give its name in a Programme column)",
            "Row 8 | Closed on | a closing date is given but the status is open",
            "Row 9 | Reference | reference 'R1' of this report is already in the register (an import only adds recommendations)",
            "Row 10 | Source | the source body is empty",
            "Row 10 | Status | status 'Nearly done' is not one of: Open, In progress, Proposed for closure, Closed",
        ],
            report.QuerySelectorAll(".app-import-errors tbody tr").Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()))));
        Assert.Null(report.QuerySelector("form[action$='handler=confirm']"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(refusedPage.ErrorSummary(), e => e.StartsWith("8 rows have errors: nothing can be imported", StringComparison.Ordinal));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Import_Xlsx_ReadsDateCellsSynonymsAndOwners()
    {
        // A post of the Met that names one person only.
        var owner = await portal.WithDbAsync(db => db.People.AsNoTracking()
            .Where(p => p.Organisation!.Code == OrganisationCodes.Met && !p.IsArchived
                && db.People.Count(q => q.OrganisationId == p.OrganisationId && (q.JobTitle == p.JobTitle || q.FullName == p.JobTitle)) == 1)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.JobTitle }).FirstAsync());
        var workbook = XlsxWriter.Write("Recommendations",
            [new("Rec no", 8), new("Body", 12), new("Report", 30), new("Published", 12), new("Recommendation text", 40), new("Rating", 8), new("Theme", 12),
             new("Route", 20), new("Responsible", 20), new("Target date", 12), new("Current status", 12), new("Date closed", 12)],
            [
                ["1.1", "Internal audit", "Audit of workbook imports", new DateOnly(2025, 3, 3), "Keep the workbook tidy", "P1", "Digital and data", "Programme: Data Quality Programme", owner.JobTitle, new DateOnly(2025, 12, 31), "Implemented", new DateOnly(2025, 6, 30)],
                ["1.2", "Internal audit", "Audit of workbook imports", new DateOnly(2025, 3, 3), "Read the date cells", "Advisory", "Digital and data", "Local", "Someone not in the portal", "2026-03-31", "Ongoing", null],
            ]);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var preview = await client.UploadRecommendationsOrFailAsync("mps", "register.xlsx", workbook);
        await client.CheckAsync(preview);
        var (_, report) = await client.GetPageAsync(preview);
        Assert.Empty(report.QuerySelectorAll(".app-import-errors tbody tr").Select(r => r.TextContent.Trim()));
        var (confirmed, _) = await client.ConfirmAsync(preview, skipInvalid: false);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var rows = await portal.WithDbAsync(db => db.Recommendations.AsNoTracking().Include(r => r.Report).Include(r => r.Theme)
            .Where(r => r.Report!.Title == "Audit of workbook imports").OrderBy(r => r.Reference).ToListAsync());
        Assert.Equal(["1.1", "1.2"], rows.Select(r => r.Reference));
        Assert.Equal(new DateOnly(2025, 3, 3), rows[0].Report!.PublishedOn);
        Assert.Equal((RecommendationPriority.High, DeliveryRoute.Programme, "Data Quality Programme"), (rows[0].Priority!.Value, rows[0].DeliveryRoute!.Value, rows[0].DeliveryDetail));
        Assert.Equal((owner.Id, new DateOnly(2025, 12, 31)), (rows[0].OwnerId!.Value, rows[0].DueDate!.Value));
        Assert.Equal((RecommendationStatus.Closed, new DateOnly(2025, 6, 30)), (rows[0].Status, rows[0].ClosedOn!.Value));
        Assert.Equal((RecommendationPriority.Low, DeliveryRoute.LocalImprovement, "Someone not in the portal"), (rows[1].Priority!.Value, rows[1].DeliveryRoute!.Value, rows[1].OwnerText));
        Assert.Equal((RecommendationStatus.InProgress, new DateOnly(2026, 3, 31)), (rows[1].Status, rows[1].DueDate!.Value));
        Assert.Equal("Digital and data", rows[1].Theme!.Name);
    }

    [Fact]
    public async Task Check_BatchLeftToTheBackgroundWorker_IsCheckedAsRecommendationsNotAsAPlan()
    {
        var content = Encoding.UTF8.GetBytes("Source,Report,Ref,Recommendation\r\nIOPC,Worker report,R1,First\r\nIOPC,Worker report,R2,Second\r\nIOPC,Worker report,R2,Repeated\r\n");
        var id = await portal.WithDbAsync(async db =>
        {
            var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
            var table = RecommendationImportMapping.Read(content);
            var batch = new ImportBatch
            {
                OrganisationId = met.Id,
                Kind = ImportKind.Recommendations,
                FileName = "worker.csv",
                Content = content,
                Mapping = RecommendationImportMapping.Guess(table.Headings).ToJson(),
                Status = ImportStatus.Checking,
                TotalRows = table.Rows.Count,
                UploadedByName = PortalFactory.Accounts.MetGovernance,
                UploadedAtUtc = DateTime.UtcNow,
            };
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync();
            return batch.Id;
        });

        await new ImportBatchWorker(portal.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, "recommendation test").RunOnceAsync(TestContext.Current.CancellationToken);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        ImportBatch checkedBatch;
        while ((checkedBatch = await portal.WithDbAsync(db => db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == id))).Status == ImportStatus.Checking && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var asPlanImport = await client.GetAsync(new Uri($"/improvement/import/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, asPlanImport.StatusCode);
        var report = RecommendationImportReport.FromJson(checkedBatch.Report)!;
        Assert.Equal(ImportStatus.Checked, checkedBatch.Status);
        Assert.Equal((3, 1), (report.Checked, report.RowsWithErrors));
        Assert.Equal("reference 'R2' of this report is also on row 3", Assert.Single(report.Errors).Message);
    }
}

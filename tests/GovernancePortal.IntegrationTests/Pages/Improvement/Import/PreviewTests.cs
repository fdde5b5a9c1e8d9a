using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Files;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Import;

/// <summary>An uploaded file's preview: the dry run, import and discard (data access: on each provider).</summary>
public abstract class PreviewTests(PortalFactory portal)
{
    [Fact]
    public async Task Import_CsvOf200WithBadRows_ReportsThemAndWritesOnlyWhenConfirmed()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var plan = await portal.PlanIdAsync(OrganisationCodes.Mopac);
        var before = await portal.ActionCountAsync(plan);
        var csv = ImportTestData.MopacCsv(200, new Dictionary<int, string[]>
        {
            [13] = ["G112", "Bad date", "G", string.Empty, "31/13/2020", string.Empty, string.Empty],
            [19] = ["X9", "Bad code", "G", string.Empty, string.Empty, string.Empty, string.Empty],
            [30] = ["G100", "Same code as the first row", "G", string.Empty, string.Empty, string.Empty, string.Empty],
            [40] = ["G139", string.Empty, "G", string.Empty, string.Empty, string.Empty, string.Empty],
            [50] = ["G149", "Unknown status", "G", string.Empty, string.Empty, "nearly there", string.Empty],
            [60] = ["G159", "Unknown area", "Q", string.Empty, string.Empty, string.Empty, string.Empty],
        });

        var preview = await client.UploadOrFailAsync(plan, "mopac plan.csv", csv);
        var (_, page) = await client.GetPageAsync(preview);
        Assert.Contains("Action", page.QuerySelectorAll("#sample-caption ~ thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal("Action", page.QuerySelector<IHtmlSelectElement>("#Input_Columns_Description_")!.Value);
        var (checkResponse, _) = await client.CheckAsync(preview);
        Assert.Equal(HttpStatusCode.Redirect, checkResponse.StatusCode);
        Assert.Equal(before, await portal.ActionCountAsync(plan));

        var (_, report) = await client.GetPageAsync(preview);
        var errors = report.QuerySelectorAll(".app-import-errors tbody tr").Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()))).ToList();
        Assert.Equal(
        [
            "Row 14 | Due date | due date '31/13/2020' is not a date (write it like 2019-03-31 or 31/03/2019)",
            "Row 20 | Code | code 'X9' does not fit MOPAC's scheme (a principle letter A to G and a number, like F10)",
            "Row 31 | Code | code 'G100' is also on row 2",
            "Row 41 | Action | the description is empty",
            "Row 51 | Status | status 'nearly there' is not one of: Not started, In progress, Reported complete, Complete, Closed without action, Carried forward",
            "Row 61 | Area | area 'Q' is not in the plan (to add it, give its title in an Area title column)",
        ], errors);
        Assert.Contains("Import 194 actions", report.QuerySelector("form[action$='handler=confirm'] button")!.TextContent, StringComparison.Ordinal);

        var (refused, refusedPage) = await client.ConfirmAsync(preview, skipInvalid: false);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(refusedPage.ErrorSummary(), e => e.StartsWith("Confirm that the 6 rows with errors should be left out", StringComparison.Ordinal));
        Assert.Equal(before, await portal.ActionCountAsync(plan));

        var (confirmed, _) = await client.ConfirmAsync(preview, skipInvalid: true);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(before + 194, await portal.ActionCountAsync(plan));
        var (_, done) = await client.GetPageAsync(preview);
        Assert.Equal("194 actions imported", done.QuerySelector(".govuk-panel__title")!.TextContent.Trim());

        var imported = await portal.WithDbAsync(db => db.ImprovementActions.AsNoTracking().Include(a => a.Owner).Include(a => a.Area).SingleAsync(a => a.Code == "G102" && a.Area!.PlanId == plan));
        Assert.Equal("G", imported.Area!.Code);
        Assert.Equal("Chief Finance Officer", imported.Owner?.JobTitle ?? imported.OwnerText);
        Assert.Equal(new DateOnly(2030, 3, 31), imported.DueDate);
        Assert.Equal(ActionStatus.InProgress, imported.Status);
        Assert.Equal(RagStatus.Green, imported.Rag);
        Assert.False(await portal.WithDbAsync(db => db.ImprovementActions.AnyAsync(a => a.Code == "G112" && a.Area!.PlanId == plan)));
    }

    [Fact]
    public async Task Discard_AfterDryRun_WritesNothingAndDropsTheFile()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var plan = await portal.PlanIdAsync(OrganisationCodes.Mopac);
        var before = await portal.ActionCountAsync(plan);
        var preview = await client.UploadOrFailAsync(plan, "discard.csv", Encoding.UTF8.GetBytes("Code,Description,Area\r\nE50,To be discarded,E\r\n"));
        await client.CheckAsync(preview);

        var (response, _) = await client.PostPreviewAsync(preview, "discard", []);
        var (_, page) = await client.GetPageAsync(preview);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(preview.Split('/')[^1], CultureInfo.InvariantCulture);
        var batch = await portal.WithDbAsync(db => db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == id));
        Assert.Equal(before, await portal.ActionCountAsync(plan));
        Assert.Equal(ImportStatus.Discarded, batch.Status);
        Assert.Empty(batch.Content);
        Assert.Contains("This file was discarded", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_TwoTabsWithTheSameVersion_ImportsOnce()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var plan = await portal.PlanIdAsync(OrganisationCodes.Mopac);
        var before = await portal.ActionCountAsync(plan);
        var preview = await client.UploadOrFailAsync(plan, "twice.csv", Encoding.UTF8.GetBytes("Code,Description,Area\r\nE60,Once only,E\r\nE61,Once only too,E\r\n"));
        await client.CheckAsync(preview);
        // The same confirm form, open in two tabs, submitted from both.
        var tab = await client.GetFormAsync(preview, "confirm");
        var (first, _) = await tab.SubmitAsync();
        var (second, secondPage) = await tab.SubmitAsync();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains(secondPage.ErrorSummary(), e => e.StartsWith("This file has already been imported.", StringComparison.Ordinal));
        Assert.Equal(before + 2, await portal.ActionCountAsync(plan));
    }

    [Fact]
    public async Task Import_Xlsx_ReadsSharedTextNumbersAndDateCells()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var plan = await portal.PlanIdAsync(OrganisationCodes.Met);
        var before = await portal.ActionCountAsync(plan);
        var workbook = XlsxWriter.Write("Plan", [new("Ref", 10), new("Improvement action", 40), new("Area", 8), new("Due date", 12), new("Revised date", 12), new("Status", 12)],
        [
            ["IA10-70", "Agree the assurance map", "IA10", new DateOnly(2020, 3, 31), new DateOnly(2020, 9, 30), "Ongoing"],
            ["IA10-71", "Publish the assurance map", "IA10", "2020-06-30", null, "Not started"],
        ]);

        var preview = await client.UploadOrFailAsync(plan, "met plan.xlsx", workbook);
        await client.CheckAsync(preview);
        var (_, report) = await client.GetPageAsync(preview);
        Assert.Empty(report.QuerySelectorAll(".app-import-errors tbody tr").Select(r => r.TextContent.Trim()));
        var (confirmed, _) = await client.ConfirmAsync(preview, skipInvalid: false);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(before + 2, await portal.ActionCountAsync(plan));
        var action = await portal.WithDbAsync(db => db.ImprovementActions.AsNoTracking().SingleAsync(a => a.Code == "IA10-70" && a.Area!.PlanId == plan));
        Assert.Equal(new DateOnly(2020, 3, 31), action.OriginalDueDate);
        Assert.Equal(new DateOnly(2020, 9, 30), action.DueDate);
        Assert.Equal(ActionStatus.InProgress, action.Status);
        Assert.Equal(RagStatus.Red, action.Rag);
    }

    [Theory]
    [InlineData(1, "Confirm that the 1 row with errors should be left out", "1 row has errors.", "Import the 2 rows without errors and leave out the 1 row with errors", "1 row with errors was left out, as you chose.")]
    [InlineData(2, "Confirm that the 2 rows with errors should be left out", "2 rows have errors.", "Import the 1 row without errors and leave out the 2 rows with errors", "2 rows with errors were left out, as you chose.")]
    public async Task Import_OneOrTwoBadRows_SaysRowAndRowsWithTheRightVerb(int bad, string refusal, string errors, string skipLabel, string leftOut)
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var plan = await portal.NewPlanAsync(OrganisationCodes.Mopac);
        var preview = await client.UploadOrFailAsync(plan, "some bad rows.csv", ImportTestData.NewAreaCsv(3, [.. Enumerable.Range(1, bad)]));
        await client.CheckAsync(preview);

        var (_, report) = await client.GetPageAsync(preview);
        var (refused, refusedPage) = await client.ConfirmAsync(preview, skipInvalid: false);
        var (confirmed, _) = await client.ConfirmAsync(preview, skipInvalid: true);
        var (_, done) = await client.GetPageAsync(preview);

        static string Text(IElement? element) => string.Join(' ', element!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(errors, Text(report.QuerySelector("form[action$='handler=confirm']")), StringComparison.Ordinal);
        Assert.Equal(skipLabel, Text(report.QuerySelector("label[for=Input_SkipInvalid]")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(refusedPage.ErrorSummary(), e => e.StartsWith(refusal, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains(leftOut, Text(done.QuerySelector("main")), StringComparison.Ordinal);
    }
}

[Collection(ImportCollection.Name)]
public sealed class SqlitePreviewTests(SqlitePortal portal) : PreviewTests(portal);

[Collection(PostgresImportCollection.Name)]
public sealed class PostgresPreviewTests(PostgresPortal portal) : PreviewTests(portal);

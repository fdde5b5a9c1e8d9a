using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Files;
using GovernancePortal.IntegrationTests.Framework;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Improvement;

/// <summary>Import helpers shared by the integration, matrix and browser tests.</summary>
public static class ImportTestData
{
    /// <summary>The seeded plan: the Met's 2018/21 plan (areas IA1–IA10) or MOPAC's 2018/19 plan (areas A–G).</summary>
    public static Task<int> PlanIdAsync(this PortalFactory portal, string organisation)
    {
        var title = organisation == OrganisationCodes.Met ? "Met Governance Improvement Plans 2018/21" : "Governance Improvement Plan 2018/19";
        return portal.WithDbAsync(db => db.ImprovementPlans.Where(p => p.Organisation!.Code == organisation && p.Title == title).Select(p => p.Id).SingleAsync());
    }

    public static Task<int> ActionCountAsync(this PortalFactory portal, int planId) =>
        portal.WithDbAsync(db => db.ImprovementActions.CountAsync(a => a.Area!.PlanId == planId));

    /// <summary>
    /// Uploads a file through the upload form as the page renders it (<see cref="RenderedForm"/>), choosing
    /// <paramref name="planId"/>. A plan the page does not offer is still posted (as a hostile client would).
    /// </summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, int planId, string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await client.GetFormAsync("/improvement/import");
        var planField = form.FieldNames.Single(name => form.Choices(name).Count > 0);
        var fileField = form.Element.QuerySelector<IHtmlInputElement>("input[type=file]")!.Name!;
        var type = fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? XlsxWriter.ContentType : "text/csv";
        var (response, _) = await form.SubmitAsync(
            [new(planField, planId.ToString(CultureInfo.InvariantCulture))], [new UploadedFile(fileField, fileName, content, type)], offeredChoicesOnly: false);
        return response;
    }

    /// <summary>A new, empty active plan of the organisation, so a test's codes cannot clash with another test's import.</summary>
    public static Task<int> NewPlanAsync(this PortalFactory portal, string organisation) =>
        portal.WithDbAsync(async db =>
        {
            var owner = await db.Organisations.SingleAsync(o => o.Code == organisation);
            var plan = new ImprovementPlan { OrganisationId = owner.Id, Title = $"Test plan {Guid.NewGuid():N}", FirstYear = new ReportingYear(2045), LastYear = new ReportingYear(2045), Status = PlanStatus.Active };
            db.ImprovementPlans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });

    /// <summary>
    /// MOPAC actions A1…A999, B1… for a new plan (all in area G, given with its title, so it is added), each one valid
    /// except the data rows listed in <paramref name="badRows"/> (1-based), whose code does not fit MOPAC's scheme.
    /// </summary>
    public static byte[] NewAreaCsv(int count, params int[] badRows)
    {
        var csv = new CsvWriter().WriteRow("Code", "Description", "Area", "Area title");
        for (var i = 1; i <= count; i++)
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + ((i - 1) / 999))}{((i - 1) % 999) + 1}");
            csv.WriteRow(badRows.Contains(i) ? $"X{i}" : code, $"Imported action number {i}", "G", "Working in partnership");
        }

        return csv.ToBytes();
    }

    /// <summary>Uploads a file and returns the preview page's URL.</summary>
    public static async Task<string> UploadOrFailAsync(this HttpClient client, int planId, string fileName, byte[] content)
    {
        var response = await client.UploadAsync(planId, fileName, content);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Upload failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Posts the preview page's mapping form with the columns it has chosen (the guessed mapping).</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Document)> CheckAsync(this HttpClient client, string previewUrl)
    {
        ArgumentNullException.ThrowIfNull(client);
        var (_, page) = await client.GetPageAsync(previewUrl);
        var fields = page.QuerySelectorAll<IHtmlSelectElement>("main form select")
            .Select(s => new KeyValuePair<string, string>(s.Name!, s.Value ?? string.Empty))
            .Append(new("Input.Version", page.QuerySelector<IHtmlInputElement>("form[action$='handler=check'] input[name='Input.Version']")!.Value));
        return await client.SubmitFormAsync(previewUrl, fields, "check");
    }

    public static Task<(HttpResponseMessage Response, IDocument Document)> ConfirmAsync(this HttpClient client, string previewUrl, bool skipInvalid) =>
        client.PostPreviewAsync(previewUrl, "confirm", skipInvalid ? [new("Input.SkipInvalid", "true")] : []);

    /// <summary>Posts one of the preview page's forms (confirm, discard) with the version it shows.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Document)> PostPreviewAsync(
        this HttpClient client, string previewUrl, string handler, IEnumerable<KeyValuePair<string, string>> extra)
    {
        ArgumentNullException.ThrowIfNull(client);
        var (_, page) = await client.GetPageAsync(previewUrl);
        var version = page.QuerySelector<IHtmlInputElement>($"form[action$='handler={handler}'] input[name='Input.Version']")!.Value;
        return await client.SubmitFormAsync(previewUrl, [new("Input.Version", version), .. extra], handler);
    }

    /// <summary>MOPAC actions G100…: every one valid except the rows listed in <paramref name="bad"/> (by data row index).</summary>
    public static byte[] MopacCsv(int count, IReadOnlyDictionary<int, string[]>? bad = null)
    {
        var csv = new CsvWriter().WriteRow("Code", "Action", "Area", "Owner", "Due date", "Status", "Progress");
        for (var i = 1; i <= count; i++)
        {
            string[] row = [$"G{99 + i}", $"Imported action number {i}", "G", "Chief Finance Officer", "31/03/2030", i % 3 == 0 ? "In progress" : "Not started", string.Empty];
            csv.WriteRow(bad is not null && bad.TryGetValue(i, out var replaced) ? replaced : row);
        }

        return csv.ToBytes();
    }
}

public abstract class ImportTests(PortalFactory portal)
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

    [Fact]
    public async Task Upload_NotReallyAWorkbookOrCsv_ShowsTheErrorWith400()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var plan = await portal.PlanIdAsync(OrganisationCodes.Mopac);

        var fake = await client.UploadAsync(plan, "plan.xlsx", Encoding.UTF8.GetBytes("Code,Description\r\nF1,x\r\n"));
        var binary = await client.UploadAsync(plan, "plan.csv", [0x00, 0x01, 0x02, 0x50]);
        var wrongType = await client.UploadAsync(plan, "plan.pdf", Encoding.UTF8.GetBytes("%PDF-1.4"));

        foreach (var (response, message) in new[]
        {
            (fake, "The selected file is not an Excel workbook"),
            (binary, "The selected file is not a CSV file saved as UTF-8 text"),
            (wrongType, "The selected file must be a CSV file or an Excel workbook (.xlsx)"),
        })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var document = await Html.ParseAsync(response);
            Assert.Contains(document.ErrorSummary(), e => e.StartsWith(message, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(UploadLimits.MaxFileBytes + 1)]
    [InlineData(50 * 1024 * 1024)]
    public async Task Upload_FileOverTheLimit_ShowsTheFormAgainWithTheLimitAndThePlanChosen(int size)
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var plan = await portal.PlanIdAsync(OrganisationCodes.Mopac);
        var content = new byte[size];
        Encoding.UTF8.GetBytes("Code,Description\r\nG1,Too big\r\n").CopyTo(content, 0);

        var response = await client.UploadAsync(plan, "big plan.csv", content);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The selected file must be smaller than 5 MB"], page.ErrorSummary());
        Assert.Equal("The selected file must be smaller than 5 MB", page.FieldError("Input_File"));
        Assert.True(page.QuerySelector<IHtmlInputElement>($"input[name='Input.PlanId'][value='{plan}']")!.IsChecked, "the chosen plan is kept");
        Assert.Contains("smaller than 5 MB", page.QuerySelector("#Input_File-hint")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_BodyOverTheServerLimit_Answers413WithAPageThatSaysTheLimit()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var plan = await portal.PlanIdAsync(OrganisationCodes.Mopac);
        var batches = await portal.WithDbAsync(db => db.ImportBatches.CountAsync());

        var response = await client.UploadAsync(plan, "huge plan.csv", new byte[UploadLimits.MaxRequestBytes + 1]);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The selected file is too large", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("The selected file must be smaller than 5 MB.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/improvement/import", page.QuerySelector("main a.govuk-link")!.GetAttribute("href"));
        Assert.Equal(batches, await portal.WithDbAsync(db => db.ImportBatches.CountAsync()));
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

    [Fact]
    public async Task Import_AnotherOrganisationsPlan_IsForbidden()
    {
        var metPlan = await portal.PlanIdAsync(OrganisationCodes.Met);
        using var met = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var metPreview = await met.UploadOrFailAsync(metPlan, "met.csv", Encoding.UTF8.GetBytes("Code,Description\r\nIA10-80,Met only\r\n"));
        using var mopac = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var upload = await mopac.UploadAsync(metPlan, "sneaky.csv", Encoding.UTF8.GetBytes("Code,Description\r\nIA10-81,Not allowed\r\n"));
        var choose = await mopac.GetAsync(new Uri($"/improvement/import?plan={metPlan}", UriKind.Relative));
        var preview = await mopac.GetAsync(new Uri(metPreview, UriKind.Relative));
        var (_, page) = await mopac.GetPageAsync("/improvement/import");

        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, choose.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, preview.StatusCode);
        Assert.Null(page.QuerySelector($"input[name='Input.PlanId'][value='{metPlan}']"));
    }

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

/// <summary>A portal of its own: imports add actions, which would change other tests' seeded counts.</summary>
[CollectionDefinition(Name)]
public sealed class ImportCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (import)";
}

[CollectionDefinition(Name)]
public sealed class PostgresImportCollection : ICollectionFixture<PostgresPortal>
{
    public const string Name = "PostgreSQL portal (import)";
}

[Collection(ImportCollection.Name)]
public sealed class SqliteImportTests(SqlitePortal portal) : ImportTests(portal);

[Collection(PostgresImportCollection.Name)]
public sealed class PostgresImportTests(PostgresPortal portal) : ImportTests(portal);

using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Files;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Improvement;

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

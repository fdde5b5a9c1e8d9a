using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Import;

/// <summary>Uploading a plan file: what is refused and why (data access: on each provider).</summary>
public abstract class IndexTests(PortalFactory portal)
{
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
}

[Collection(ImportCollection.Name)]
public sealed class SqliteIndexTests(SqlitePortal portal) : IndexTests(portal);

[Collection(PostgresImportCollection.Name)]
public sealed class PostgresIndexTests(PostgresPortal portal) : IndexTests(portal);

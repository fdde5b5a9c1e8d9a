using AngleSharp.Dom;
using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations;

[Collection(SqliteCollectionB.Name)]
public sealed class CreateTests(SqlitePortal portal)
{
    [Fact]
    public async Task Create_NewReportWithOwnerText_SavesBothAndOpensTheRecommendation()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await governance.GetFormAsync("/recommendations/mps/create");
        var source = form.Element.QuerySelectorAll("select[name='Input.SourceId'] option").First(o => o.TextContent == "IOPC").GetAttribute("value")!;

        var (response, _) = await form.SubmitAsync(
        [
            new("Input.Report", "new"), new("Input.SourceId", source), new("Input.ReportTitle", "IOPC learning report on custody"),
            new("Input.Reference", "L4"), new("Input.Text", "Review custody handover checks"), new("Input.DeliveryRoute", "Programme"),
            new("Input.DeliveryDetail", "Custody improvement programme"), new("Input.OwnerText", "Commander Custody"),
            new("Input.DueDate.Day", "30"), new("Input.DueDate.Month", "9"), new("Input.DueDate.Year", "2027"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.WithDbAsync(db => db.Recommendations.Include(r => r.Report).SingleAsync(r => r.Text == "Review custody handover checks"));
        Assert.Equal("IOPC learning report on custody", saved.Report!.Title);
        Assert.Equal("Commander Custody", saved.OwnerText);
        Assert.Equal(new DateOnly(2027, 9, 30), saved.OriginalDueDate);
        Assert.Equal($"/recommendations/item/{saved.Id}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Create_ProgrammeWithoutName_ShowsTheErrorAndKeepsTheText()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        await portal.RaiseAsync(OrganisationCodes.Met);
        var form = await governance.GetFormAsync("/recommendations/mps/create");
        var report = form.Element.QuerySelectorAll("select[name='Input.Report'] option").First(o => o.TextContent.StartsWith("HMICFRS", StringComparison.Ordinal)).GetAttribute("value")!;

        var (response, page) = await form.SubmitAsync([new("Input.Report", report), new("Input.Reference", "R9"), new("Input.Text", "Keep this text"), new("Input.DeliveryRoute", "Programme")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Name the programme that delivers this recommendation", page.ErrorSummary());
        Assert.Equal("Keep this text", page.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("textarea[name='Input.Text']")!.Value);
    }

    [Fact]
    public async Task Create_PanelMember_IsForbidden()
    {
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var response = await panel.GetAsync(new Uri("/recommendations/mps/create", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

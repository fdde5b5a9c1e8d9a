using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers;

/// <summary>The Papers/Edit page (/papers/{id}/edit): the title block.</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class EditTests(SqlitePortal portal)
{
    [Fact]
    public async Task Edit_CoverReport_SavesTitleBlockAsANewVersion()
    {
        var paper = await portal.BuildPaperAsync(kind: PaperKind.CoverReport);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/papers/{paper.Id}/edit",
            [new("Input.Title", "Annual Governance Statement 2016/17"), new("Input.ReportBy", "The Deputy Commissioner"), new("Input.MeetingDate.Day", "27"), new("Input.MeetingDate.Month", "6"), new("Input.MeetingDate.Year", "2017")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.PaperAsync(paper.Id);
        Assert.Equal("Annual Governance Statement 2016/17", saved.Title);
        Assert.Equal(new DateOnly(2017, 6, 27), saved.MeetingDate);
        Assert.Equal(2, saved.Revision);
        Assert.Equal("Edited the title block", saved.Versions.Single(v => v.Number == 2).Change);
    }

    [Fact]
    public async Task Edit_EmptyTitleAndImpossibleDate_ShowGovUkMessages()
    {
        var paper = await portal.BuildPaperAsync(kind: PaperKind.CoverReport);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/papers/{paper.Id}/edit", [new("Input.Title", " "), new("Input.MeetingDate.Day", "32")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter the paper's title", page.FieldError("Input_Title"));
        Assert.Equal("Enter the meeting date as a real date, for example 27 6 2017", page.FieldError("Input_MeetingDate"));
    }

    [Fact]
    public async Task Edit_SomeoneElseSavedFirst_IsAConflictKeepingInput()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var first = await client.GetFormAsync($"/papers/{paper.Id}/edit");
        var second = await client.GetFormAsync($"/papers/{paper.Id}/edit");

        await first.SubmitAsync([new("Input.Title", "First title")]);
        var (conflict, page) = await second.SubmitAsync([new("Input.Title", "Second title")]);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("Second title", page.QuerySelector<IHtmlInputElement>("#Input_Title")?.Value);
        Assert.Contains("First title", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("First title", (await portal.PaperAsync(paper.Id)).Title);
    }

    [Fact]
    public async Task Edit_ApprovedPaper_IsRefusedUntilReturnedToDraft()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.Approved);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/papers/{paper.Id}/edit", [new("Input.Title", "Too late")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("This paper is approved: return it to draft to change it", page.ErrorSummary()[0]);
    }
}

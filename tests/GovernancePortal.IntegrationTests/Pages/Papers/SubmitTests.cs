using System.Net;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers;

/// <summary>The Papers/Submit page (/papers/{id}/submit).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class SubmitTests(SqlitePortal portal)
{
    [Fact]
    public async Task Submit_Draft_IsInReviewAsTheNextVersion()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/papers/{paper.Id}/submit", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.PaperAsync(paper.Id);
        Assert.Equal(PaperStatus.InReview, saved.Status);
        Assert.Equal(2, saved.Revision);
        Assert.Equal("Sent for review", saved.Versions.Single(v => v.Number == 2).Change);
    }

    [Fact]
    public async Task Submit_FormOpenedBeforeAnotherChange_IsAConflict()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var stale = await client.GetFormAsync($"/papers/{paper.Id}/submit");
        await client.SubmitFormAsync($"/papers/{paper.Id}/edit", [new("Input.Title", "Retitled first")]);

        var (response, page) = await stale.SubmitAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else changed this paper", page.ErrorSummary()[0], StringComparison.Ordinal);
        Assert.Equal(PaperStatus.Draft, (await portal.PaperAsync(paper.Id)).Status);
    }

    [Fact]
    public async Task Submit_PaperInReview_SaysOnlyADraftCanBeSent()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.InReview);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.GetPageAsync($"/papers/{paper.Id}/submit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Only a draft can be sent for review.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task Submit_Auditor_IsRefused()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (response, _) = await client.GetPageAsync($"/papers/{paper.Id}/submit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

using System.Net;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers;

/// <summary>The Papers/Approve page (/papers/{id}/approve).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class ApproveTests(SqlitePortal portal)
{
    [Fact]
    public async Task Approve_InReviewWithNoErrorsOrOpenComments_IsApproved()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.InReview, kind: PaperKind.CodeOfGovernance);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/papers/{paper.Id}/approve", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.PaperAsync(paper.Id);
        Assert.Equal(PaperStatus.Approved, saved.Status);
        Assert.Equal("Approved", saved.Versions.OrderBy(v => v.Number).Last().Change);
    }

    [Fact]
    public async Task Approve_OpenReviewComment_IsRefusedWithTheReason()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.InReview, kind: PaperKind.CodeOfGovernance);
        await portal.CommentAsync(paper.Id, paper.TextSectionId);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/papers/{paper.Id}/approve", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Resolve the 1 open review comment before approving this paper", page.ErrorSummary()[0]);
        Assert.NotNull(page.QuerySelector("#open-comments"));
        Assert.Equal(PaperStatus.InReview, (await portal.PaperAsync(paper.Id)).Status);
    }

    [Fact]
    public async Task Approve_AgsWithAnElementUncovered_IsRefusedAndListsTheCheck()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.InReview);
        using (var manager = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance))
        {
            // Section D covers the conclusion and commitment: untick it.
            await manager.SubmitFormAsync($"/papers/{paper.Id}/sections/{paper.SectionIds[3]}", [new("Input.Elements", "")]);
        }

        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (response, page) = await client.SubmitFormAsync($"/papers/{paper.Id}/approve", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Fix the 1 failed check", page.ErrorSummary()[0], StringComparison.Ordinal);
        Assert.Contains("conclusion and a commitment to monitor", page.QuerySelector("#check-errors + ul")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(PaperStatus.InReview, (await portal.PaperAsync(paper.Id)).Status);
    }

    [Fact]
    public async Task Approve_Lead_IsRefused()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.InReview);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var (response, _) = await client.GetPageAsync($"/papers/{paper.Id}/approve");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

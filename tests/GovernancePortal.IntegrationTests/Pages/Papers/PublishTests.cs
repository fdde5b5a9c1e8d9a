using System.Net;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers;

/// <summary>The Papers/Publish page (/papers/{id}/publish).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class PublishTests(SqlitePortal portal)
{
    [Fact]
    public async Task Publish_Signed_IsPublishedAndPanelMembersCanReadIt()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.Signed);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        var (before, _) = await panel.GetPageAsync($"/papers/{paper.Id}");

        var (response, _) = await client.SubmitFormAsync($"/papers/{paper.Id}/publish", []);

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.PaperAsync(paper.Id);
        Assert.Equal(PaperStatus.Published, saved.Status);
        Assert.NotNull(saved.PublishedAtUtc);
        var (after, _) = await panel.GetPageAsync($"/papers/{paper.Id}");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Publish_ApprovedButUnsigned_IsRefusedWithTheReason()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.Approved);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/papers/{paper.Id}/publish", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Every signatory must sign before this paper is published", page.ErrorSummary()[0]);
        Assert.Equal(PaperStatus.Approved, (await portal.PaperAsync(paper.Id)).Status);
    }

    [Fact]
    public async Task Publish_ApprovedCoverReportWithoutSignatories_IsPublished()
    {
        var paper = await portal.BuildPaperAsync(kind: PaperKind.CoverReport, status: PaperStatus.Approved);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/papers/{paper.Id}/publish", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PaperStatus.Published, (await portal.PaperAsync(paper.Id)).Status);
    }
}

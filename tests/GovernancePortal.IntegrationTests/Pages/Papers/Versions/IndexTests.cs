using System.Net;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers.Versions;

/// <summary>The Papers/Versions/Index page (/papers/{id}/versions).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    [Fact]
    public async Task Versions_Published_ListsEveryVersionLatestFirstWithAComparison()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.Published);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (response, page) = await client.GetPageAsync($"/papers/{paper.Id}/versions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#versions tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()).ToList();
        Assert.Equal(["Published", "Signed", "Approved", "Sent for review", "Created for a test"], rows);
        var compare = page.QuerySelector("#compare-form")!;
        Assert.Equal($"/papers/{paper.Id}/versions/compare", compare.GetAttribute("action"));
    }

    [Fact]
    public async Task Versions_PanelMember_IsRefusedEvenWhenPublished()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.Published);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, _) = await client.GetPageAsync($"/papers/{paper.Id}/versions");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

using System.Net;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers;

/// <summary>The Papers/Preview page (/papers/{id}/preview).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class PreviewTests(SqlitePortal portal)
{
    [Fact]
    public async Task Preview_Draft_ShowsTheComposedPaperMarkedAsADraft()
    {
        var paper = await portal.BuildPaperAsync(text: "Preview text of the scope.");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.GetPageAsync($"/papers/{paper.Id}/preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Preview text of the scope.", page.QuerySelector("#paper-preview")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#paper-preview h2"));
        Assert.Contains("This paper is not published yet", page.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_Draft_PanelMemberIsRefused()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, _) = await client.GetPageAsync($"/papers/{paper.Id}/preview");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Preview_Published_PanelMemberReadsIt()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.Published);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, page) = await client.GetPageAsync($"/papers/{paper.Id}/preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector(".govuk-warning-text"));
    }
}

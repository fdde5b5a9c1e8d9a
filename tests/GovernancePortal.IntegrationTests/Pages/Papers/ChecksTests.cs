using System.Net;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers;

/// <summary>The Papers/Checks page (/papers/{id}/checks).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class ChecksTests(SqlitePortal portal)
{
    [Fact]
    public async Task Checks_EmptySectionCoveringAnElement_IsAnErrorLinkingToTheSection()
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        await client.SubmitFormAsync($"/papers/{paper.Id}/sections/{paper.TextSectionId}", [new("Input.Text", "")]);

        var (response, page) = await client.GetPageAsync($"/papers/{paper.Id}/checks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = page.QuerySelector("#check-errors + ul")!;
        var items = errors.QuerySelectorAll("li").Where(li => li.TextContent.Contains("A. Scope of responsibilities", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.Equal($"/papers/{paper.Id}/sections/{paper.TextSectionId}", item.QuerySelector("a")!.GetAttribute("href")));
    }

    [Fact]
    public async Task Checks_Auditor_SeesTheListWithLinksToComment()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.InReview);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (response, page) = await client.GetPageAsync($"/papers/{paper.Id}/checks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(page.QuerySelectorAll("main a[href*='/sections/']"), a => !a.GetAttribute("href")!.EndsWith("/comments", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Checks_PanelMember_IsRefused()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.InReview);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, _) = await client.GetPageAsync($"/papers/{paper.Id}/checks");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

using System.Net;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers;

/// <summary>The Papers/Details page (/papers/{id}).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class DetailsTests(SqlitePortal portal)
{
    [Fact]
    public async Task Details_Draft_ShowsSectionsSendForReviewChecksAndDownloads()
    {
        var paper = await portal.BuildPaperAsync();
        await portal.CommentAsync(paper.Id, paper.TextSectionId);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.GetPageAsync($"/papers/{paper.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Send for review"], page.QuerySelectorAll("#paper-steps .govuk-button").Select(b => b.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector("#checks-summary a[href$='/checks']"));
        var rows = page.QuerySelectorAll("#paper-sections tbody tr").ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains("Your text", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("1", rows[0].QuerySelectorAll("td")[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("review per governance area", rows[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(rows[0].QuerySelector($"a[href='/papers/{paper.Id}/sections/{paper.TextSectionId}']"));
        Assert.Equal(3, page.QuerySelectorAll("#paper-downloads a[href*='/download/']").Length);
        Assert.Contains("Test Commissioner", page.QuerySelector("#paper-signatories")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_Published_PanelMemberReadsItWithoutWorkflowOrEditing()
    {
        var paper = await portal.BuildPaperAsync(status: PaperStatus.Published);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, page) = await client.GetPageAsync($"/papers/{paper.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("#paper-steps"));
        Assert.Null(page.QuerySelector("#checks-summary"));
        Assert.Empty(page.QuerySelectorAll("#paper-sections a"));
        Assert.Contains("Signed", page.QuerySelector("#paper-signatories")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[href$='/versions']"));
    }

    [Theory]
    [InlineData(PortalFactory.Accounts.Panel)]
    [InlineData(PortalFactory.Accounts.MopacGovernance)]
    public async Task Details_Draft_ReadersWhoDoNotReviewTheMetsPapersAreRefused(string account)
    {
        var paper = await portal.BuildPaperAsync();
        using var client = await portal.SignedInAsync(account);

        var (response, _) = await client.GetPageAsync($"/papers/{paper.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Details_NoSuchPaper_IsNotFound()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.GetPageAsync("/papers/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

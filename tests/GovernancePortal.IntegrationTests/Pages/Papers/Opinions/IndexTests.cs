using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers.Opinions;

/// <summary>The Papers/Opinions/Index page (/papers/opinions/{org}).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    [Fact]
    public async Task Index_Reviewer_ListsOpinionWithLevelAndRecommendationCount()
    {
        var year = ReferenceTestData.NewOpinionYear();
        await portal.AddOpinionAsync("MPS", year, "1", "2", "3");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (response, page) = await client.GetPageAsync("/papers/opinions/mps");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelectorAll("main table tbody tr").Single(r => r.QuerySelector("th")!.TextContent == year.ToString());
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Adequate", "Director of Audit, Risk and Assurance", "Not recorded", "3"], cells);
        Assert.Null(row.QuerySelector("a"));
    }

    [Fact]
    public async Task Index_Manager_LinksToChangeAndToRecordMissingYears()
    {
        var year = ReferenceTestData.NewOpinionYear();
        await portal.AddOpinionAsync("MPS", year);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (_, page) = await client.GetPageAsync("/papers/opinions/mps");

        Assert.NotNull(page.QuerySelector($"main a[href='/papers/opinions/mps/{ReferenceTestData.Slug(year)}']"));
        Assert.Contains(page.QuerySelectorAll("main ul a"), a => a.TextContent.StartsWith("Record the opinion for ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Index_OtherOrganisationOrPanelMember_IsForbidden()
    {
        using var mopac = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        Assert.Equal(HttpStatusCode.Forbidden, (await mopac.GetAsync(new Uri("/papers/opinions/mps", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync(new Uri("/papers/opinions/mps", UriKind.Relative))).StatusCode);
    }
}

using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Improvement;

/// <summary>The improvement plans of every organisation the user may read, each linking to its plan page.</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    [Fact]
    public async Task Index_AsPanel_ListsEachOrganisationsPlansLinkingToTheirPages()
    {
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, page) = await panel.GetPageAsync("/improvement");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = page.QuerySelectorAll("main .app-card__title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/improvement/mps/2018-21", links);
        Assert.Contains("/improvement/mopac/2018-19", links);
        Assert.Null(page.QuerySelector("main a[href='/improvement/mps/settings']"));
    }

    [Fact]
    public async Task Index_AsMetGovernance_OffersTheirOrganisationsManagementLinks()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (_, page) = await governance.GetPageAsync("/improvement");

        Assert.NotNull(page.QuerySelector("main a[href='/improvement/mps/plans/create']"));
        Assert.NotNull(page.QuerySelector("main a[href='/improvement/mps/request-updates']"));
        Assert.NotNull(page.QuerySelector("main a[href='/improvement/mps/settings']"));
        Assert.Null(page.QuerySelector("main a[href='/improvement/mopac/settings']"));
    }
}

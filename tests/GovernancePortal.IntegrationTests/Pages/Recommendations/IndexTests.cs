using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations;

[Collection(SqliteCollectionB.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    [Fact]
    public async Task Register_PanelMemberFiltersByTheme_SeesOnlyThoseRowsWithRagAndTheRule()
    {
        var theme = await portal.NewThemeAsync(OrganisationCodes.Met);
        await portal.RaiseAsync(OrganisationCodes.Met, count: 2, themeId: theme.Id, due: new DateOnly(2020, 1, 31));
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, page) = await panel.GetPageAsync($"/recommendations/mps?status=open&theme={theme.Id}&overdue=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("table.app-recommendation-table tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.All(rows, r => Assert.Contains("Red", r.TextContent, StringComparison.Ordinal));
        Assert.Contains("How RAG is worked out for Met", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main a[href='/recommendations/mps/create']"));
    }

    [Fact]
    public async Task Register_WithoutOrganisation_ShowsTheUsersOwn()
    {
        using var mopac = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var (response, page) = await mopac.GetPageAsync("/recommendations");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("MOPAC", page.QuerySelector("main .govuk-caption-l")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("main a[href='/recommendations/mopac/create']"));
    }
}

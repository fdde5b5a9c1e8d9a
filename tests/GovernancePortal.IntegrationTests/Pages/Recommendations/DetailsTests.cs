using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations;

[Collection(SqliteCollectionB.Name)]
public sealed class DetailsTests(SqlitePortal portal)
{
    [Fact]
    public async Task Details_ProposedForClosure_ShowsEvidenceHistoryAndOnlyTheActionsTheUserMayTake()
    {
        var id = (await portal.RaiseAsync(OrganisationCodes.Met))[0];
        await portal.ProposeAsync(id);
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        using var auditor = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (response, page) = await governance.GetPageAsync($"/recommendations/item/{id}");
        var (_, readOnly) = await auditor.GetPageAsync($"/recommendations/item/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("evidence in the test folder", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Raised", "Closure proposed: The issue is addressed: evidence in the test folder"],
            page.QuerySelectorAll("main table tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector($"main a[href='/recommendations/item/{id}/decide-closure']"));
        Assert.Empty(readOnly.QuerySelectorAll("main .govuk-button-group a"));
    }
}

using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations;

[Collection(SqliteCollectionB.Name)]
public sealed class SummaryTests(SqlitePortal portal)
{
    private static int Count(AngleSharp.Dom.IDocument page, string caption, string row) =>
        int.Parse(page.QuerySelectorAll("main table").Single(t => t.QuerySelector("caption")!.TextContent.Contains(caption, StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == row).QuerySelector("td")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Summary_NewRowsOfATheme_CountedByThemeTotalAndStatus()
    {
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        var (_, before) = await panel.GetPageAsync("/recommendations/mopac/summary");
        var theme = await portal.NewThemeAsync(OrganisationCodes.Mopac);
        await portal.RaiseAsync(OrganisationCodes.Mopac, count: 3, themeId: theme.Id, route: DeliveryRoute.Programme);
        await portal.RaiseAsync(OrganisationCodes.Mopac, count: 1, themeId: theme.Id, status: RecommendationStatus.Closed);

        var (response, after) = await panel.GetPageAsync("/recommendations/mopac/summary");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, Count(after, "by strategic theme", theme.Name));
        Assert.Equal(Count(before, "by strategic theme", "Total") + 3, Count(after, "by strategic theme", "Total"));
        Assert.Equal(Count(before, "by status", "Closed") + 1, Count(after, "by status", "Closed"));
        Assert.Contains($"{Count(after, "by strategic theme", "Total")} open recommendations from", after.QuerySelector("main .govuk-body-l")!.TextContent, StringComparison.Ordinal);
    }
}

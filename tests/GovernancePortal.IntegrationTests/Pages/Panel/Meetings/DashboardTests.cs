using System.Net;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Meetings;

/// <summary>The Panel/Meetings/Dashboard page (/panel/meetings/{id}/dashboard/{org}).</summary>
[Collection(SqlitePanelCollection.Name)]
public sealed class DashboardTests(SqlitePortal portal)
{
    [Fact]
    public async Task Dashboard_AsAtTheSnapshot_CountsFromTheSnapshotWithItsRule()
    {
        var (meeting, publication) = await portal.PublishedMeetingAsync(new DateOnly(2032, 5, 14));
        var register = await portal.WithDbAsync(db => db.PanelPublications.Where(p => p.Id == publication).Select(p => p.Snapshot!).SingleAsync());
        var snapshot = register.Read();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (response, page) = await client.GetPageAsync($"/panel/meetings/{meeting}/dashboard/mps?snapshot={register.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var totals = page.QuerySelectorAll("#actions tbody tr.app-total-row").Select(r => int.Parse(r.QuerySelectorAll("td")[0].TextContent, System.Globalization.CultureInfo.InvariantCulture)).Sum();
        Assert.Equal(snapshot.Actions.Count, totals);
        Assert.Contains(snapshot.RagRule, page.QuerySelector("#rag-rule")!.TextContent, StringComparison.Ordinal);
    }
}

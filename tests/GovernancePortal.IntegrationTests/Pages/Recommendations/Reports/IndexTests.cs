using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations.Reports;

[Collection(SqliteCollectionB.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    [Fact]
    public async Task Reports_OneClosedOfThree_CountsTwoOpenOfThree()
    {
        var ids = await portal.RaiseAsync(OrganisationCodes.Met, count: 3);
        var title = await portal.WithDbAsync(async db =>
        {
            var r = await db.Recommendations.Include(x => x.Report).Include(x => x.History).SingleAsync(x => x.Id == ids[0]);
            r.ProposeClosure("Done", new Domain.Common.Actor("x", "X", DateTime.UtcNow));
            r.AcceptClosure(null, null, new Domain.Common.Actor("y", "Y", DateTime.UtcNow));
            await db.SaveChangesAsync();
            return r.Report!.Title;
        });
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var (response, page) = await lead.GetPageAsync("/recommendations/mps/reports");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cells = page.QuerySelectorAll("main tbody tr").Single(tr => tr.TextContent.Contains(title, StringComparison.Ordinal)).QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["2", "3"], cells[4..6]);
        Assert.Equal(RecommendationStatus.Closed, (await portal.RecommendationAsync(ids[0])).Status);
    }
}

using GovernancePortal.Application.Common;
using GovernancePortal.BrowserTests.Support;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.BrowserTests;

/// <summary>axe on every improvement page, as the officer, the lead and a Panel member (a class of its own, so it runs beside the journeys).</summary>
public sealed class ImprovementSweepTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ImprovementPages_GovernanceLeadAndPanel_HaveNoAxeViolations()
    {
        var action = await MetActionIdAsync("IA2-05");
        int plan, area;
        await using (var scope = Fixture.Portal.NewScope())
        await using (var db = Fixture.Portal.NewDbContext(scope.ServiceProvider, new SystemUser("sweep")))
        {
            plan = await db.ImprovementPlans.Where(p => p.Organisation!.Code == "MPS" && p.Status == PlanStatus.Active).Select(p => p.Id).FirstAsync();
            area = await db.ImprovementAreas.Where(a => a.PlanId == plan && a.Code == "IA2").Select(a => a.Id).SingleAsync();
        }

        var failures = new List<string>();
        async Task SweepAsync(string email, params string[] urls) => failures.AddRange(await Fixture.SweepAsync(email, urls));

        await SweepAsync(
            PortalFactory.Accounts.MetGovernance,
            "/improvement",
            "/improvement/mps/2018-21",
            "/improvement/register",
            "/improvement/register?org=MPS&rag=Red&overdue=true&sort=due",
            $"/improvement/actions/{action}",
            $"/improvement/actions/{action}/edit",
            $"/improvement/actions/{action}/rag",
            $"/improvement/actions/{action}/close",
            $"/improvement/plans/{plan}/actions/create",
            $"/improvement/plans/{plan}/carry-forward",
            "/improvement/mps/request-updates",
            "/improvement/mps/settings",
            "/improvement/mps/plans/create",
            "/improvement/reviews",
            $"/improvement/plans/{plan}/areas/create",
            $"/improvement/plans/{plan}/areas/{area}/edit",
            $"/improvement/plans/{plan}/areas/{area}/assess",
            $"/history/improvement-action/{action}");
        await SweepAsync(PortalFactory.Accounts.Lead, "/improvement/my-actions", $"/improvement/actions/{action}/update", $"/improvement/actions/{action}/report-complete", $"/improvement/actions/{action}/request-date");
        await SweepAsync(PortalFactory.Accounts.Panel, "/improvement/mopac/2018-19");

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

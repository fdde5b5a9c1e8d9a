using System.Net;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.IntegrationTests.Pages.Improvement;

/// <summary>A plan page: the paper's counts, closed plans and where they continue, and a plan of many actions.</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class PlanTests(SqlitePortal portal)
{
    [Fact]
    public async Task Dashboard_SeededMopacPlan_CountsAsThePaperReportsThem()
    {
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        var (response, document) = await panel.GetPageAsync("/improvement/mopac/2018-19");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = document.QuerySelector("main .govuk-body-l")!.TextContent;
        Assert.Equal("14 actions: 7 (50%) complete, 0 (0%) on track, 6 (43%) with revised timescales and 1 (7%) overdue.", summary.Trim());
        Assert.Contains("32 (67%) of these are complete", document.QuerySelector("main .govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        var rags = document.QuerySelectorAll("main .app-action-table .app-rag").Select(t => t.TextContent).ToList();
        Assert.Equal(7, rags.Count(r => r == "Green"));
        Assert.Equal(6, rags.Count(r => r == "Amber"));
        Assert.Equal(1, rags.Count(r => r == "Red"));
    }

    [Fact]
    public async Task ClosedPlan_WithoutActions_SaysNoneWereRecordedAndWhereItContinues()
    {
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, page) = await panel.GetPageAsync("/improvement/mps/2017-18");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var closed = page.QuerySelector("main .app-plan-closed")!.TextContent;
        Assert.Contains("This plan is closed. No actions were recorded in it; it continues in", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("carried forward", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("No actions yet", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main .app-plan-closed a[href='/improvement/mps/2018-21']"));
    }
}

[Collection(SqliteManyActionsCollection.Name)]
public sealed class PlanManyActionsTests(SqlitePortal portal)
{
    private const int Rows = ImprovementTestData.ManyActions;

    [Fact]
    public async Task Plan_ManyActions_ShowsTheFirstOfEachAreaAndLinksToTheRest()
    {
        var (plan, area) = await portal.ManyActionsPlanAsync();
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, page) = await panel.GetPageAsync("/improvement/mps/2031-32");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([.. Enumerable.Range(1, Application.Features.Improvement.ViewPlan.Query.ActionsPerArea).Select(i => $"IA1-{i:000}")], ImprovementTestData.ActionCodes(page));
        var more = page.QuerySelector("main .app-plan-more")!;
        Assert.Contains($"of {Rows} actions of IA1", more.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/improvement/register?plan={plan}&area={area}", more.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains($"{Rows} actions", page.QuerySelector("main .govuk-body-l")!.TextContent, StringComparison.Ordinal);
    }
}

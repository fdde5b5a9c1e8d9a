using System.Net;
using AngleSharp.Dom;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Improvement;

/// <summary>Carrying a plan's open actions forward (a portal of its own: it closes the seeded plan other tests read).</summary>
[Collection(SqliteCarryForwardCollection.Name)]
public sealed class CarryForwardTests(SqlitePortal portal)
{
    private Task<ImprovementAction> ActionAsync(string organisation, string code) => portal.ActiveActionAsync(organisation, code);

    private static void AssertRedirect(HttpResponseMessage response, IDocument document) => ImprovementTestData.AssertRedirect(response, document);

    [Fact]
    public async Task CarryForward_IntoNewPlan_MovesOpenActionsWithLineageAndHistory()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var plan = await portal.WithDbAsync(db => db.ImprovementPlans.AsNoTracking().SingleAsync(p => p.Organisation!.Code == OrganisationCodes.Mopac && p.FirstYear == new ReportingYear(2018)));
        var g8 = await ActionAsync(OrganisationCodes.Mopac, "G8");
        var (preview, previewPage) = await governance.GetPageAsync($"/improvement/plans/{plan.Id}/carry-forward");
        Assert.True(preview.StatusCode == HttpStatusCode.OK, $"{(int)preview.StatusCode}: {previewPage.QuerySelector("main")?.TextContent}");
        Assert.Contains("7 open actions to carry forward", previewPage.QuerySelector("main caption")!.TextContent, StringComparison.Ordinal);

        var (response, document) = await governance.SubmitFormAsync($"/improvement/plans/{plan.Id}/carry-forward",
            [new("Input.TargetPlanId", "0"), new("Input.NewPlanTitle", "Governance Improvement Plan 2019/20"), new("Input.NewPlanFirstYear", "2019/20"), new("Input.NewPlanLastYear", "2019/20")]);
        AssertRedirect(response, document);
        Assert.Equal("/improvement/mopac/2019-20", response.Headers.Location?.OriginalString);

        var (old, carried) = await portal.WithDbAsync(async db =>
        {
            var oldPlan = await db.ImprovementPlans.AsNoTracking().Include(p => p.Areas).ThenInclude(a => a.Actions).SingleAsync(p => p.Id == plan.Id);
            var newActions = await db.ImprovementActions.AsNoTracking().Where(a => a.Area!.Plan!.PreviousPlanId == plan.Id).ToListAsync();
            return (oldPlan, newActions);
        });
        Assert.Equal(PlanStatus.Closed, old.Status);
        var oldActions = old.Areas.SelectMany(a => a.Actions).ToList();
        Assert.Equal(7, oldActions.Count(a => a.Status == ActionStatus.CarriedForward));
        Assert.Equal(7, oldActions.Count(a => a.Status == ActionStatus.VerifiedComplete));
        Assert.Equal(7, carried.Count);
        var newG8 = Assert.Single(carried, a => a.Code == "G8");
        Assert.Equal(g8.Id, newG8.CarriedForwardFromId);
        Assert.Equal(g8.DueDate, newG8.DueDate);

        var (_, page) = await governance.GetPageAsync($"/improvement/actions/{newG8.Id}");
        Assert.Contains("Carried forward from", page.QuerySelector("main .govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("on G8 in Governance Improvement Plan 2018/19", page.QuerySelector("#ledger + table")!.TextContent, StringComparison.Ordinal);
        var (_, oldPlanPage) = await governance.GetPageAsync("/improvement/mopac/2018-19");
        Assert.Contains("This plan is closed: its 7 open actions were carried forward into Governance Improvement Plan 2019/20.", System.Text.RegularExpressions.Regex.Replace(oldPlanPage.QuerySelector("main .app-plan-closed")!.TextContent, @"\s+", " "), StringComparison.Ordinal);
        var g8Row = oldPlanPage.QuerySelectorAll("main .app-action-table tbody tr").Single(r => r.QuerySelector("td a strong")!.TextContent == "G8");
        Assert.Contains("Carried forward", g8Row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(g8Row.QuerySelector($"a[href='/improvement/actions/{newG8.Id}']"));
        var (_, closedPage) = await governance.GetPageAsync($"/improvement/plans/{plan.Id}/carry-forward");
        Assert.Null(closedPage.QuerySelector("main form"));
        Assert.Contains("already been carried forward", closedPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}

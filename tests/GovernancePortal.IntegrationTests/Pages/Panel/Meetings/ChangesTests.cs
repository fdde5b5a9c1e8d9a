using System.Net;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Pages.Papers;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Meetings;

/// <summary>The Panel/Meetings/Changes page (/panel/meetings/{id}/changes/{org}).</summary>
[Collection(SqlitePanelCollection.Name)]
public sealed class ChangesTests(SqlitePortal portal)
{
    [Fact]
    public async Task Changes_BetweenTwoMeetings_ShowCompletedAndSlippedWithReason()
    {
        var (_, _) = await portal.PublishedMeetingAsync(new DateOnly(2033, 2, 1));
        var (completed, slipped) = await portal.WithDbAsync(async db =>
        {
            var open = await db.ImprovementActions
                .Include(a => a.DateRevisions).Include(a => a.DateRequests).Include(a => a.Updates)
                .Include(a => a.Area!).ThenInclude(a => a.Plan!).ThenInclude(p => p.Organisation)
                .Where(a => a.Area!.Plan!.Organisation!.Code == OrganisationCodes.Met && a.Area.Plan.Status == PlanStatus.Active
                    && (a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress) && a.DueDate != null && !a.DateRequests.Any())
                .OrderBy(a => a.Id).Take(2).ToListAsync();
            open[0].Status = ActionStatus.VerifiedComplete;
            open[0].CompletedOn = PaperTestData.Today;
            open[1].ReviseDueDate(open[1].DueDate!.Value.AddMonths(3), "The supplier went into administration", PanelTestData.Actor);
            await db.SaveChangesAsync();
            return (open[0].Code, open[1].Code);
        });
        var (meeting, _) = await portal.PublishedMeetingAsync(new DateOnly(2033, 3, 1));
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, page) = await client.GetPageAsync($"/panel/meetings/{meeting}/changes/mps");
        var (_, mopac) = await client.GetPageAsync($"/panel/meetings/{meeting}/changes/mopac");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(completed, page.QuerySelector("#completed")!.TextContent, StringComparison.Ordinal);
        var row = page.QuerySelectorAll("#slipped tbody tr").Single(r => r.TextContent.Contains(slipped, StringComparison.Ordinal));
        Assert.Contains("The supplier went into administration", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(mopac.QuerySelector("#no-snapshot"));
    }
}

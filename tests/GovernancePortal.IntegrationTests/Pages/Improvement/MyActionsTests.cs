using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Improvement;

/// <summary>"My actions": the owner's actions and the updates asked of them.</summary>
[Collection(SqliteImprovementCollection.Name)]
public sealed class MyActionsTests(SqlitePortal portal)
{
    [Fact]
    public async Task MyActions_UpdateRequested_OwnerSeesTheDateItIsDueBy()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (response, document) = await governance.SubmitFormAsync("/improvement/mps/request-updates",
            [new("Input.By.Day", "30"), new("Input.By.Month", "11"), new("Input.By.Year", "2099")]);
        ImprovementTestData.AssertRedirect(response, document);
        var requested = await portal.WithDbAsync(db => db.ImprovementActions.AsNoTracking()
            .Where(a => a.UpdateRequestedBy == new DateOnly(2099, 11, 30) && a.Owner!.UserId != null && db.Users.Any(u => u.Id == a.Owner.UserId && u.Email == PortalFactory.Accounts.Lead))
            .Select(a => a.Code)
            .ToListAsync());
        Assert.NotEmpty(requested);

        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var (_, mine) = await lead.GetPageAsync("/improvement/my-actions");

        foreach (var code in requested)
        {
            var row = mine.QuerySelectorAll("main .app-action-table tbody tr").Single(r => r.QuerySelector("td a strong")!.TextContent == code);
            Assert.Contains("Update requested by 30 November 2099", row.TextContent, StringComparison.Ordinal);
        }
    }
}

using System.Net;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel;

/// <summary>The Panel/Edit page (/panel/edit).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class EditTests(SqlitePortal portal)
{
    [Fact]
    public async Task Edit_AddMemberInAnEmptyRow_SavesTheMemberAndKeepsLinkedAccounts()
    {
        await portal.EnsurePanelAsync();
        await portal.WithDbAsync(async db =>
        {
            (await db.PanelMembers.FirstAsync(m => m.Name == PanelTestData.Member)).UserId = "linked-account";
            return await db.SaveChangesAsync();
        });
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await client.GetFormAsync("/panel/edit");
        var blank = Enumerable.Range(0, 50).First(i => string.IsNullOrEmpty(form.Value($"Input.Members[{i}].Name")));

        var (response, _) = await form.SubmitAsync([
            new($"Input.Members[{blank}].Name", "Added Member"), new($"Input.Members[{blank}].Role", "IndependentMember"),
            new($"Input.Members[{blank}].AppointedOn.Day", "1"), new($"Input.Members[{blank}].AppointedOn.Month", "4"), new($"Input.Members[{blank}].AppointedOn.Year", "2019")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var member = await portal.WithDbAsync(db => db.PanelMembers.SingleAsync(m => m.Name == "Added Member"));
        Assert.Equal(new DateOnly(2019, 4, 1), member.AppointedOn);
        Assert.Equal("linked-account", await portal.WithDbAsync(db => db.PanelMembers.Where(m => m.Name == PanelTestData.Member).Select(m => m.UserId).SingleAsync()));
    }

    [Fact]
    public async Task Edit_SomeoneSavedSince_ShowsTheConflictAndKeepsTheInput()
    {
        await portal.EnsurePanelAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await client.GetFormAsync("/panel/edit");
        await portal.WithDbAsync(async db =>
        {
            var panel = await db.AuditPanels.OrderBy(p => p.Id).FirstAsync();
            panel.Describe(panel.Name, "Changed by someone else.");
            return await db.SaveChangesAsync();
        });

        var (response, page) = await form.SubmitAsync([new("Input.TermsOfReference", "My own terms")]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else saved a change", string.Join(" ", page.ErrorSummary()), StringComparison.Ordinal);
        Assert.Equal("My own terms", page.QuerySelector("#Input_TermsOfReference")!.TextContent.Trim());
    }

    [Fact]
    public async Task Edit_SeniorLead_IsRefused()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var (response, _) = await client.GetPageAsync("/panel/edit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

using System.Net;
using GovernancePortal.Domain.Panel;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Meetings;

/// <summary>The Panel/Meetings/Details page (/panel/meetings/{id}).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class DetailsTests(SqlitePortal portal)
{
    [Fact]
    public async Task Details_PanelMember_ReadsAgendaAttendanceAndActionsWithoutManageLinks()
    {
        var id = await portal.NewMeetingAsync();
        await portal.WithDbAsync(async db =>
        {
            var meeting = await db.PanelMeetings.Include(m => m.Publications).Include(m => m.AgendaItems).Include(m => m.Attendees).SingleAsync(m => m.Id == id);
            meeting.SetAgenda([new("1", "Apologies and declarations", null, null, null), new("2", "Annual Governance Statement", null, "Director of Strategy", null)]);
            meeting.SetAttendees([new(PanelTestData.Member, "Independent member", Attendance.Present), new("Absent Member", "Independent member", Attendance.Apologies)]);
            return await db.SaveChangesAsync();
        });
        await portal.NewActionAsync(id, "An update on strategic partnerships");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, page) = await client.GetPageAsync($"/panel/meetings/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Annual Governance Statement", page.QuerySelector("#agenda")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Apologies", page.QuerySelector("#attendees")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("An update on strategic partnerships", page.QuerySelector("#actions")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/panel/meetings/{id}/front-sheet/pdf']"));
        Assert.Null(page.QuerySelector("#manage-links"));
    }
}

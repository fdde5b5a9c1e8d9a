using System.Net;
using GovernancePortal.Domain.Panel;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Meetings;

/// <summary>The Panel/Meetings/Held page (/panel/meetings/{id}/held).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class HeldTests(SqlitePortal portal)
{
    [Fact]
    public async Task Held_Confirm_RecordsTheMeetingAsHeldByTheUser()
    {
        var id = await portal.NewMeetingAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/panel/meetings/{id}/held", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var meeting = await portal.WithDbAsync(db => db.PanelMeetings.SingleAsync(m => m.Id == id));
        Assert.Equal(MeetingStatus.Held, meeting.Status);
        Assert.NotNull(meeting.HeldRecordedByName);
    }
}

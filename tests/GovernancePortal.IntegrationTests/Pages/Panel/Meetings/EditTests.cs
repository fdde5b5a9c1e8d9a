using System.Net;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Meetings;

/// <summary>The Panel/Meetings/Edit page (/panel/meetings/{id}/edit).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class EditTests(SqlitePortal portal)
{
    [Fact]
    public async Task Edit_NextMeetingBeforeThisOne_SaysSoAndChangesNothing()
    {
        var id = await portal.NewMeetingAsync(new DateOnly(2047, 3, 14));
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/panel/meetings/{id}/edit", [
            new("Input.Location", "Elsewhere"), new("Input.NextMeetingOn.Day", "1"), new("Input.NextMeetingOn.Month", "1"), new("Input.NextMeetingOn.Year", "2047")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The next meeting must be after this one", page.ErrorSummary());
        Assert.Equal("Room 1, City Hall", await portal.WithDbAsync(db => db.PanelMeetings.Where(m => m.Id == id).Select(m => m.Location).SingleAsync()));
    }

    [Fact]
    public async Task Edit_NewDateAndPlace_Saves()
    {
        var id = await portal.NewMeetingAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/panel/meetings/{id}/edit", [
            new("Input.Date.Day", "2"), new("Input.Date.Month", "2"), new("Input.Date.Year", "2048"), new("Input.Location", ""), new("Input.IsOnline", "True")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var meeting = await portal.WithDbAsync(db => db.PanelMeetings.SingleAsync(m => m.Id == id));
        Assert.Equal((new DateOnly(2048, 2, 2), null, true), (meeting.Date, meeting.Location, meeting.IsOnline));
    }
}

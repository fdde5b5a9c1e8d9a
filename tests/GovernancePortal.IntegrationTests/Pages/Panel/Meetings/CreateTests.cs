using AngleSharp.Dom;
using System.Net;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Meetings;

/// <summary>The Panel/Meetings/Create page (/panel/meetings/create).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class CreateTests(SqlitePortal portal)
{
    [Fact]
    public async Task Create_DateTimeAndPlace_PlansTheMeetingAndShowsIt()
    {
        await portal.EnsurePanelAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var (response, _) = await client.SubmitFormAsync("/panel/meetings/create", [
            new("Input.Date.Day", "9"), new("Input.Date.Month", "10"), new("Input.Date.Year", "2046"),
            new("Input.StartsAt", "9:30"), new("Input.Location", "Committee Room 4"), new("Input.IsOnline", "True")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var meeting = await portal.WithDbAsync(db => db.PanelMeetings.SingleAsync(m => m.Date == new DateOnly(2046, 10, 9)));
        Assert.Equal($"/panel/meetings/{meeting.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((new TimeOnly(9, 30), "Committee Room 4", true), (meeting.StartsAt, meeting.Location, meeting.IsOnline));
    }

    [Fact]
    public async Task Create_NotARealTime_SaysSoAndKeepsTheDate()
    {
        await portal.EnsurePanelAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync("/panel/meetings/create", [
            new("Input.Date.Day", "10"), new("Input.Date.Month", "10"), new("Input.Date.Year", "2046"), new("Input.StartsAt", "25:99")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter the start time as hours and minutes, for example 14:00", page.FieldError("Input_StartsAt"));
        Assert.Equal("10", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.Date.Day']")!.Value);
    }
}

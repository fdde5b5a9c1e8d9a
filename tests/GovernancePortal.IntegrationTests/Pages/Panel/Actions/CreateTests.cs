using System.Net;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Actions;

/// <summary>The Panel/Actions/Create page (/panel/actions/create).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class CreateTests(SqlitePortal portal)
{
    [Fact]
    public async Task Create_FromTheMeeting_NumbersTheActionAfterTheLast()
    {
        var raised = await portal.NewMeetingAsync();
        var due = await portal.NewMeetingAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var last = await portal.WithDbAsync(db => db.PanelActions.MaxAsync(a => (int?)a.Number)) ?? 0;

        var (response, _) = await client.SubmitFormAsync($"/panel/actions/create?meeting={raised}", [
            new("Input.Request", "Members asked for the partnerships review"), new("Input.Owner", "Director of Strategy"), new("Input.DueMeetingId", due.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var action = await portal.WithDbAsync(db => db.PanelActions.Include(a => a.Organisation).SingleAsync(a => a.Request == "Members asked for the partnerships review"));
        Assert.Equal((last + 1, raised, due, "MPS"), (action.Number, action.RaisedAtMeetingId, action.DueMeetingId, action.Organisation!.Code));
    }

    [Fact]
    public async Task Create_DueBeforeItWasRaised_SaysSoAndSavesNothing()
    {
        var due = await portal.NewMeetingAsync();
        var raised = await portal.NewMeetingAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/panel/actions/create?meeting={raised}", [
            new("Input.Request", "A request due too early"), new("Input.Owner", "Director"), new("Input.DueMeetingId", due.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The action must be due at a meeting after the one that raised it", page.ErrorSummary());
        Assert.Equal("A request due too early", page.QuerySelector("#Input_Request")!.TextContent.Trim());
        Assert.False(await portal.WithDbAsync(db => db.PanelActions.AnyAsync(a => a.Request == "A request due too early")));
    }
}

using AngleSharp.Dom;
using System.Net;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Meetings;

/// <summary>The Panel/Meetings/Agenda page (/panel/meetings/{id}/agenda).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class AgendaTests(SqlitePortal portal)
{
    [Fact]
    public async Task Agenda_DuplicateNumbers_SaysSoAndKeepsTheInput()
    {
        var id = await portal.NewMeetingAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/panel/meetings/{id}/agenda", [
            new("Input.Rows[0].Number", "1"), new("Input.Rows[0].Title", "Minutes"),
            new("Input.Rows[1].Number", "1"), new("Input.Rows[1].Title", "Risk report"), new("Input.Rows[1].Organisation", "MOPAC")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Item 1 appears more than once on the agenda: give each item its own number"], page.ErrorSummary());
        Assert.Equal("Risk report", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Rows_1__Title")!.Value);
        Assert.Equal("MOPAC", page.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#Input_Rows_1__Organisation")!.Value);
        Assert.Equal(0, await portal.WithDbAsync(db => db.AgendaItems.CountAsync(i => i.MeetingId == id)));
    }

    [Fact]
    public async Task Agenda_Items_SavedInOrderWithPresenter()
    {
        var id = await portal.NewMeetingAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/panel/meetings/{id}/agenda", [
            new("Input.Rows[0].Number", "1"), new("Input.Rows[0].Title", "Minutes"),
            new("Input.Rows[1].Number", "2"), new("Input.Rows[1].Title", "Risk report"), new("Input.Rows[1].Organisation", "MPS"), new("Input.Rows[1].Officer", "Chief Risk Officer")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var items = await portal.WithDbAsync(db => db.AgendaItems.Where(i => i.MeetingId == id).OrderBy(i => i.SortOrder).Select(i => new { i.Number, i.Title, i.PresentingOfficer, Code = i.PresentingOrganisation!.Code }).ToListAsync());
        Assert.Equal(["1 Minutes", "2 Risk report"], items.Select(i => $"{i.Number} {i.Title}"));
        Assert.Equal(("Chief Risk Officer", "MPS"), (items[1].PresentingOfficer, items[1].Code));
    }
}

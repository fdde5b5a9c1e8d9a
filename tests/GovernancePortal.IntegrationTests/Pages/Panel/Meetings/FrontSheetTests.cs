using AngleSharp;
using System.Net;
using GovernancePortal.Domain.Panel;
using GovernancePortal.IntegrationTests.Support;
using GovernancePortal.Web.Pages.Papers;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Meetings;

/// <summary>The Panel/Meetings/FrontSheet page (/panel/meetings/{id}/front-sheet/{format}).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class FrontSheetTests(SqlitePortal portal)
{
    private async Task<int> MeetingWithAgendaAsync()
    {
        var id = await portal.NewMeetingAsync(location: "Room 7, City Hall");
        await portal.WithDbAsync(async db =>
        {
            var meeting = await db.PanelMeetings.Include(m => m.Publications).Include(m => m.AgendaItems).Include(m => m.Attendees).SingleAsync(m => m.Id == id);
            var mopac = await db.Organisations.Where(o => o.Code == "MOPAC").Select(o => o.Id).SingleAsync();
            meeting.SetAgenda([new("4", "Internal audit progress report", mopac, "Director of Audit", null)]);
            meeting.SetAttendees([new("Sent Apologies", "Independent member", Attendance.Apologies)]);
            return await db.SaveChangesAsync();
        });
        return id;
    }

    [Fact]
    public async Task FrontSheet_Pdf_ReadsBackOnOnePageWithTheAgendaAndApologies()
    {
        var id = await MeetingWithAgendaAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var response = await client.GetAsync(new Uri($"/panel/meetings/{id}/front-sheet/pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("mps-mopac-joint-audit-panel-agenda-", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("MPS-MOPAC Joint Audit Panel", text, StringComparison.Ordinal);
        Assert.Contains("Internal audit progress report", text, StringComparison.Ordinal);
        Assert.Contains("Director of Audit, MOPAC", text, StringComparison.Ordinal);
        Assert.Contains("Sent Apologies", text, StringComparison.Ordinal);
        Assert.Contains(PanelTestData.Member, text, StringComparison.Ordinal);

        // An agenda is one page: no title page of its own, no contents.
        Assert.Equal(1, pdf.NumberOfPages);
        Assert.DoesNotContain("Contents", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrontSheet_Html_IsStandaloneWithAPolicyAllowingOnlyItsOwnStyle()
    {
        var id = await MeetingWithAgendaAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var response = await client.GetAsync(new Uri($"/panel/meetings/{id}/front-sheet/html", UriKind.Relative));
        var html = await response.Content.ReadAsByteArrayAsync();
        var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(System.Text.Encoding.UTF8.GetString(html)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DownloadModel.PolicyFor(html), string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        var agenda = page.QuerySelectorAll("table").Single(t => t.TextContent.Contains("Internal audit progress report", StringComparison.Ordinal));
        Assert.Contains("Room 7, City Hall", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Item", "Title", "Presented by", "Paper"], agenda.QuerySelectorAll("th[scope=col]").Select(th => th.TextContent.Trim()));
    }

    [Fact]
    public async Task FrontSheet_UnknownFormat_IsNotFound()
    {
        var id = await portal.NewMeetingAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var response = await client.GetAsync(new Uri($"/panel/meetings/{id}/front-sheet/docx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

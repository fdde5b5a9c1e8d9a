using AngleSharp.Dom;
using System.Net;
using GovernancePortal.Domain.Panel;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Meetings;

/// <summary>The Panel/Meetings/Attendees page (/panel/meetings/{id}/attendees).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class AttendeesTests(SqlitePortal portal)
{
    [Fact]
    public async Task Attendees_FillMembersThenSaveWithApologies_RecordsThem()
    {
        var id = await portal.NewMeetingAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await client.GetFormAsync($"/panel/meetings/{id}/attendees", "Fill");

        var (filled, page) = await form.SubmitAsync([new("Input.Rows[0].Name", "Officer In Attendance"), new("Input.Rows[0].Role", "Director of Audit"), new("Input.Rows[0].Attendance", "InAttendance")]);
        Assert.Equal(HttpStatusCode.OK, filled.StatusCode);
        var names = page.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlInputElement>("input[name$='.Name']").Select(i => i.Value).Where(v => v.Length > 0).ToList();
        Assert.Equal("Officer In Attendance", names[0]);
        Assert.Contains(PanelTestData.OtherMember, names);
        var member = names.IndexOf(PanelTestData.Member);

        var (saved, _) = await RenderedForm.Find(client, $"/panel/meetings/{id}/attendees", page, null)
            .SubmitAsync([new($"Input.Rows[{member}].Attendance", "Apologies")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var attendees = await portal.WithDbAsync(db => db.MeetingAttendees.Where(a => a.MeetingId == id).ToListAsync());
        Assert.Equal(Attendance.InAttendance, attendees.Single(a => a.Name == "Officer In Attendance").Attendance);
        Assert.Equal(Attendance.Present, attendees.Single(a => a.Name == PanelTestData.OtherMember).Attendance);
        Assert.Equal(Attendance.Apologies, attendees.Single(a => a.Name == PanelTestData.Member).Attendance);
    }
}

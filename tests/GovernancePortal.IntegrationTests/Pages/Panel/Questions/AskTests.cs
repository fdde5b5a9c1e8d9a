using System.Net;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Questions;

/// <summary>The Panel/Questions/Ask page (/panel/publications/{id}/ask); asking from the publication's page is in its tests.</summary>
[Collection(SqlitePanelCollection.Name)]
public sealed class AskTests(SqlitePortal portal)
{
    [Fact]
    public async Task Ask_MeetingHeldMeanwhile_RefusedWithClearMessage()
    {
        var (meeting, publication) = await portal.PublishedMeetingAsync(new DateOnly(2031, 11, 12));
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        var form = await client.GetFormAsync($"/panel/publications/{publication}/ask");
        var (empty, emptyPage) = await form.SubmitAsync([new("Input.Text", "")]);
        await portal.WithDbAsync(async db =>
        {
            var held = await db.PanelMeetings.SingleAsync(m => m.Id == meeting);
            held.RecordHeld(PanelTestData.Actor);
            return await db.SaveChangesAsync();
        });

        var (refused, page) = await form.SubmitAsync([new("Input.Text", "Too late?")]);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Enter your question", emptyPage.FieldError("Input_Text"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("The meeting has been held: questions on its papers are closed", page.ErrorSummary());
        Assert.Equal(0, await portal.WithDbAsync(db => db.PaperQuestions.CountAsync(q => q.PublicationId == publication)));
    }
}

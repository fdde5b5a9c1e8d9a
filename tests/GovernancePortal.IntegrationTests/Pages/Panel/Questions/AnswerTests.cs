using System.Net;
using GovernancePortal.Domain.Panel;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Questions;

/// <summary>The Panel/Questions/Answer page (/panel/questions/{id}/answer); answering is in the publication's tests.</summary>
[Collection(SqlitePanelCollection.Name)]
public sealed class AnswerTests(SqlitePortal portal)
{
    [Fact]
    public async Task Answer_SomeoneElseAnsweredFirst_IsAConflictKeepingInput()
    {
        var (_, publication) = await portal.PublishedMeetingAsync(new DateOnly(2032, 1, 13));
        var question = await portal.WithDbAsync(async db =>
        {
            var on = await db.PanelPublications.Include(p => p.Meeting).SingleAsync(p => p.Id == publication);
            var asked = PaperQuestion.Ask(on, on.Meeting!, "Who owns IA3?", PanelTestData.Actor);
            db.PaperQuestions.Add(asked);
            await db.SaveChangesAsync();
            return asked.Id;
        });
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var first = await client.GetFormAsync($"/panel/questions/{question}/answer");
        var second = await client.GetFormAsync($"/panel/questions/{question}/answer");

        var (saved, _) = await first.SubmitAsync([new("Input.Answer", "The Director of Strategy.")]);
        var (conflict, page) = await second.SubmitAsync([new("Input.Answer", "The Commissioner.")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("The Commissioner.", page.QuerySelector("#Input_Answer")!.TextContent);
        Assert.Equal("The Director of Strategy.", await portal.WithDbAsync(db => db.PaperQuestions.Where(q => q.Id == question).Select(q => q.Answer).SingleAsync()));
    }
}

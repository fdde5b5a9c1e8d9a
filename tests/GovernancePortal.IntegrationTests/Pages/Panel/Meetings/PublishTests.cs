using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Meetings;

/// <summary>The Panel/Meetings/Publish page (/panel/meetings/{id}/publish); publishing itself is in the publication's tests.</summary>
[Collection(SqlitePanelCollection.Name)]
public sealed class PublishTests(SqlitePortal portal)
{
    [Fact]
    public async Task Publish_OffersOnlyTheUsersPublishedPapersNotYetOnTheMeeting()
    {
        var (meeting, _) = await portal.PublishedMeetingAsync(new DateOnly(2031, 5, 6));
        var metPaper = await portal.PublishedPaperAsync(OrganisationCodes.Met, "Met offered paper");
        var mopacPaper = await portal.PublishedPaperAsync(OrganisationCodes.Mopac, "MOPAC not offered paper");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var form = await client.GetFormAsync($"/panel/meetings/{meeting}/publish");
        var offered = form.Choices("Input.PaperId");
        var (refused, page) = await form.SubmitAsync([]);

        Assert.Contains($"{metPaper}", offered);
        Assert.DoesNotContain($"{mopacPaper}", offered);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Choose the paper to publish", page.ErrorSummary());
    }

    [Fact]
    public async Task Publish_MeetingHeldMeanwhile_RefusedWithClearMessage()
    {
        var meeting = await portal.MeetingAsync(new DateOnly(2030, 1, 7));
        var paper = await portal.PublishedPaperAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await client.GetFormAsync($"/panel/meetings/{meeting}/publish");
        await portal.WithDbAsync(async db =>
        {
            var held = await db.PanelMeetings.SingleAsync(m => m.Id == meeting);
            held.RecordHeld(PanelTestData.Actor);
            return await db.SaveChangesAsync();
        });

        var (refused, page) = await form.SubmitAsync([new("Input.PaperId", $"{paper}")]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("This meeting has been held: publish to a later meeting, or correct a paper already published to it", page.ErrorSummary());
        Assert.Contains("This meeting has been held", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.PanelPublications.CountAsync(p => p.MeetingId == meeting)));
    }
}

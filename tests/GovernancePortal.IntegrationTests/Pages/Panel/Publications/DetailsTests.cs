using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Panel.Publications;

/// <summary>The Panel/Publications/Details page (/panel/publications/{id}) and the journey around it.</summary>
[Collection(SqlitePanelCollection.Name)]
public sealed class DetailsTests(SqlitePortal portal)
{
    [Fact]
    public async Task Publication_MetAndMopacPapersPublished_PanelReadsAsksAndSeesTheAnswer()
    {
        var meeting = await portal.MeetingAsync(new DateOnly(2031, 3, 4));
        var metPaper = await portal.PublishedPaperAsync(OrganisationCodes.Met, "Met progress for the Panel");
        var mopacPaper = await portal.PublishedPaperAsync(OrganisationCodes.Mopac, "MOPAC progress for the Panel");
        using var met = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        using var mopac = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (metPublished, _) = await met.SubmitFormAsync($"/panel/meetings/{meeting}/publish", [new("Input.PaperId", $"{metPaper}")]);
        var (mopacPublished, _) = await mopac.SubmitFormAsync($"/panel/meetings/{meeting}/publish", [new("Input.PaperId", $"{mopacPaper}")]);
        var metUrl = metPublished.Headers.Location!.OriginalString;
        var mopacUrl = mopacPublished.Headers.Location!.OriginalString;
        var (mopacRead, mopacPage) = await panel.GetPageAsync(mopacUrl);
        var (asked, _) = await panel.SubmitFormAsync(metUrl, [new("Input.Text", "Why has IA2 slipped again?")]);
        var (_, unanswered) = await panel.GetPageAsync(metUrl);
        var question = await portal.WithDbAsync(db => db.PaperQuestions.AsNoTracking().SingleAsync(q => q.Text == "Why has IA2 slipped again?"));
        var (answered, _) = await met.SubmitFormAsync($"/panel/questions/{question.Id}/answer", [new("Input.Answer", "The supplier went into administration.")]);
        var (_, metPage) = await panel.GetPageAsync(metUrl);

        Assert.Equal(HttpStatusCode.Redirect, metPublished.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, mopacPublished.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mopacRead.StatusCode);
        Assert.Contains("MOPAC progress for the Panel", mopacPage.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, mopacPage.QuerySelectorAll("#files code").Length);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("Not answered yet", unanswered.QuerySelector("#questions")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Demo Audit Panel Member", question.AskedByName);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var log = metPage.QuerySelector("#questions")!.TextContent;
        Assert.Contains("Why has IA2 slipped again?", log, StringComparison.Ordinal);
        Assert.Contains("The supplier went into administration.", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Not answered yet", log, StringComparison.Ordinal);
        Assert.DoesNotContain(metPage.QuerySelectorAll("a"), a => a.TextContent.Contains("Publish a correction", StringComparison.Ordinal));
    }
}

using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Pages.Panel;
using GovernancePortal.IntegrationTests.Pages.Papers;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Papers.Compose;

/// <summary>A cover report's "Actions from the previous Panel" section (<see cref="SectionContent.PanelActions"/>).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class PanelActionsTests(SqlitePortal portal)
{
    [Fact]
    public async Task CoverReport_OpenActionFromAnEarlierMeeting_IsListed_ClosedAndLaterOnesAreNot()
    {
        var meetingDate = new DateOnly(2049, 6, 1);
        var earlier = await portal.NewMeetingAsync(meetingDate.AddMonths(-3));
        var later = await portal.NewMeetingAsync(meetingDate.AddMonths(3));
        var open = await portal.NewActionAsync(earlier, "Open: an update on partnerships");
        await portal.NewActionAsync(earlier, "Closed: already answered", closed: true);
        await portal.NewActionAsync(later, "Raised after the paper's meeting");
        await portal.NewActionAsync(earlier, "Owed by MOPAC", OrganisationCodes.Mopac);
        var paperId = await portal.WithDbAsync(async db =>
        {
            var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
            var template = new PaperTemplate { OrganisationId = met.Id, Kind = PaperKind.CoverReport };
            template.AddSection(new("3", "Actions from the previous Panel", SectionContent.PanelActions, CipfaElement.None, false, null));
            var paper = Paper.Create(template, null, await PaperTestData.FreeYearAsync(db, met.Id), "Cover report with Panel actions", PaperTestData.Actor);
            paper.Describe(new PaperDetails(paper.Title, null, null, "Audit Panel", meetingDate, "The Deputy Commissioner", null));
            db.Papers.Add(paper);
            await db.SaveChangesAsync();
            return paper.Id;
        });
        var reference = await portal.WithDbAsync(db => db.PanelActions.Where(a => a.Id == open).Select(a => a.Number).SingleAsync());

        var blocks = await portal.GeneratedAsync(paperId, SectionContent.PanelActions);

        var table = Assert.IsType<DocTable>(Assert.Single(blocks));
        var rows = table.Rows.Select(r => string.Join(" | ", r.Select(c => string.Join(" ", c.Blocks.OfType<DocParagraph>().SelectMany(p => p.Runs).Select(t => t.Text))))).ToList();
        // Other tests' actions of the Met may be listed too: only this test's own are checked.
        Assert.Contains(rows, r => r.StartsWith($"PA-{reference} | ", StringComparison.Ordinal) && r.Contains("Open: an update on partnerships", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("Closed: already answered", StringComparison.Ordinal) || r.Contains("Raised after the paper's meeting", StringComparison.Ordinal) || r.Contains("Owed by MOPAC", StringComparison.Ordinal));
    }
}

using GovernancePortal.Application.Common;
using GovernancePortal.BrowserTests.Support;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.BrowserTests;

/// <summary>
/// The pages of the Audit Panel workspace and the recommendations register that the journey does not open, on the demo
/// data, run through axe as the governance teams who use them. With the journey, every page of the two features.
/// </summary>
public sealed class PanelSweepTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task PanelAndRecommendationPages_EveryRole_HaveNoAxeViolations()
    {
        int held, upcoming, action, openAction, publication, question, report, closed, proposed, fresh;
        await using (var scope = Fixture.Portal.NewScope())
        await using (var db = Fixture.Portal.NewDbContext(scope.ServiceProvider, new SystemUser("sweep")))
        {
            var mopac = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Mopac);
            var published = await db.PanelPublications.Where(p => p.Organisation!.Code == OrganisationCodes.Met).OrderBy(p => p.Id).FirstAsync();
            held = published.MeetingId;
            upcoming = await db.PanelMeetings.Where(m => m.Status == MeetingStatus.Planned).OrderBy(m => m.Date).Select(m => m.Id).FirstAsync();
            action = await db.PanelActions.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
            publication = published.Id;

            // A question on the seeded paper (its meeting is held, so none can be asked there through the page).
            var asked = new PaperQuestion { PublicationId = published.Id, PaperId = published.PaperId, MeetingId = held, Text = "Sweep question", AskedByName = "Sweep", AskedAtUtc = DateTime.UtcNow };
            db.PaperQuestions.Add(asked);

            var seeded = await db.Recommendations.Include(r => r.Report).Where(r => r.OrganisationId == mopac.Id && r.Status == RecommendationStatus.Closed).OrderBy(r => r.Id).FirstAsync();
            var open = Recommendation.Raise(seeded.Report!, new RecommendationDetails($"Sweep {Guid.NewGuid():N}"[..20], "Sweep recommendation", null, null, DeliveryRoute.LocalImprovement, null, null, "Sweep owner", null), new Actor(null, "Sweep", DateTime.UtcNow));
            open.ProposeClosure("Sweep evidence", new Actor("someone-else", "Sweep", DateTime.UtcNow));
            db.Recommendations.Add(open);
            var started = Recommendation.Raise(seeded.Report!, new RecommendationDetails($"Sweep {Guid.NewGuid():N}"[..20], "Sweep recommendation in progress", null, null, DeliveryRoute.PolicyChange, null, null, "Sweep owner", null), new Actor(null, "Sweep", DateTime.UtcNow));
            db.Recommendations.Add(started);

            var meeting = await db.PanelMeetings.SingleAsync(m => m.Id == held);
            var number = await db.PanelActions.MaxAsync(a => a.Number) + 1;
            var raised = PanelAction.Raise(meeting, number, mopac.Id, "Sweep request", "Sweep owner", null);
            db.PanelActions.Add(raised);
            await db.SaveChangesAsync();
            (question, report, closed, proposed, fresh, openAction) = (asked.Id, seeded.ReportId, seeded.Id, open.Id, started.Id, raised.Id);
        }

        var failures = new List<string>();
        async Task SweepAsync(string email, params string[] urls) => failures.AddRange(await Fixture.SweepAsync(email, urls));

        // The pages the journey (PanelJourneyTests) does not already check with axe: the workspace home, the meeting, the
        // publish, publication, answer, changes, import and summary pages are checked there, with data on them.
        await SweepAsync(
            PortalFactory.Accounts.MetGovernance,
            "/panel/edit",
            "/panel/meetings/create",
            $"/panel/meetings/{held}/edit",
            $"/panel/meetings/{held}/attendees",
            $"/panel/meetings/{held}/agenda",
            $"/panel/meetings/{upcoming}/held",
            $"/panel/meetings/{held}/dashboard/mps",
            "/panel/actions?show=all",
            "/panel/actions/create",
            $"/panel/actions/{action}/respond",
            $"/panel/publications/{publication}/correct",
            $"/panel/questions/{question}/answer",
            "/recommendations/mopac");

        await SweepAsync(
            PortalFactory.Accounts.MopacGovernance,
            "/recommendations/mopac?status=open",
            "/recommendations/mopac/create",
            $"/recommendations/item/{closed}",
            $"/recommendations/item/{closed}/reopen",
            $"/recommendations/item/{proposed}",
            $"/recommendations/item/{proposed}/decide-closure",
            $"/recommendations/item/{proposed}/links",
            $"/recommendations/item/{fresh}/edit",
            $"/recommendations/item/{fresh}/start",
            $"/recommendations/item/{fresh}/propose-closure",
            "/recommendations/mopac/reports",
            $"/recommendations/reports/{report}/edit",
            "/recommendations/mopac/settings",
            $"/panel/actions/{openAction}/edit");

        Assert.Empty(failures);
    }
}

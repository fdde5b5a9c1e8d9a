using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Recommendations;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.BrowserTests.Support;

/// <summary>
/// The pages of the Audit Panel workspace and the recommendations register that <see cref="PanelJourneyTests"/> does not
/// open on its way, with the rows they need (made on the demo data), for the journey to run through axe as the
/// governance teams who use them. With the journey, every page of the two features is checked once.
/// </summary>
public static class PanelSweep
{
    public sealed record Samples(int Held, int Upcoming, int Action, int OpenAction, int Publication, int Question, int Report, int Closed, int Proposed, int Fresh);

    public static async Task<Samples> SamplesAsync(BrowserFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        await using var scope = fixture.Portal.NewScope();
        await using var db = fixture.Portal.NewDbContext(scope.ServiceProvider, new SystemUser("sweep"));
        var mopac = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Mopac);
        var published = await db.PanelPublications.Where(p => p.Organisation!.Code == OrganisationCodes.Met).OrderBy(p => p.Id).FirstAsync();
        var held = published.MeetingId;
        var upcoming = await db.PanelMeetings.Where(m => m.Status == MeetingStatus.Planned).OrderBy(m => m.Date).Select(m => m.Id).FirstAsync();
        var action = await db.PanelActions.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();

        // A question on the seeded paper (its meeting is held, so none can be asked there through the page).
        var asked = new PaperQuestion { PublicationId = published.Id, PaperId = published.PaperId, MeetingId = held, Text = "Sweep question", AskedByName = "Sweep", AskedAtUtc = DateTime.UtcNow };
        db.PaperQuestions.Add(asked);

        var seeded = await db.Recommendations.Include(r => r.Report).Where(r => r.OrganisationId == mopac.Id && r.Status == RecommendationStatus.Closed).OrderBy(r => r.Id).FirstAsync();
        var proposed = Recommendation.Raise(seeded.Report!, Details("Sweep recommendation proposed for closure"), new Actor(null, "Sweep", DateTime.UtcNow));
        proposed.ProposeClosure("Sweep evidence", new Actor("someone-else", "Sweep", DateTime.UtcNow));
        var fresh = Recommendation.Raise(seeded.Report!, Details("Sweep recommendation in progress"), new Actor(null, "Sweep", DateTime.UtcNow));
        db.Recommendations.AddRange(proposed, fresh);

        var meeting = await db.PanelMeetings.SingleAsync(m => m.Id == held);
        var number = await db.PanelActions.MaxAsync(a => a.Number) + 1;
        var raised = PanelAction.Raise(meeting, number, mopac.Id, "Sweep request", "Sweep owner", null);
        db.PanelActions.Add(raised);
        await db.SaveChangesAsync();
        return new Samples(held, upcoming, action, raised.Id, published.Id, asked.Id, seeded.ReportId, seeded.Id, proposed.Id, fresh.Id);
    }

    /// <summary>For the Met's governance team.</summary>
    public static IEnumerable<string> GovernancePages(Samples s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return
        [
            "/panel/edit",
            "/panel/meetings/create",
            $"/panel/meetings/{s.Held}",
            $"/panel/meetings/{s.Held}/edit",
            $"/panel/meetings/{s.Held}/attendees",
            $"/panel/meetings/{s.Held}/agenda",
            $"/panel/meetings/{s.Upcoming}/held",
            $"/panel/meetings/{s.Held}/dashboard/mps",
            "/panel/actions?show=all",
            "/panel/actions/create",
            $"/panel/actions/{s.Action}/respond",
            $"/panel/publications/{s.Publication}/correct",
            $"/panel/questions/{s.Question}/answer",
        ];
    }

    /// <summary>For MOPAC's governance team (the sample recommendations and action are MOPAC's).</summary>
    public static IEnumerable<string> MopacPages(Samples s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return
        [
            "/recommendations/mopac?status=open",
            "/recommendations/mopac/create",
            $"/recommendations/item/{s.Closed}/reopen",
            $"/recommendations/item/{s.Proposed}",
            $"/recommendations/item/{s.Proposed}/decide-closure",
            $"/recommendations/item/{s.Proposed}/links",
            $"/recommendations/item/{s.Fresh}/edit",
            $"/recommendations/item/{s.Fresh}/start",
            $"/recommendations/item/{s.Fresh}/propose-closure",
            "/recommendations/mopac/reports",
            $"/recommendations/reports/{s.Report}/edit",
            "/recommendations/mopac/settings",
            $"/panel/actions/{s.OpenAction}/edit",
        ];
    }

    private static RecommendationDetails Details(string text) =>
        new($"Sweep {Guid.NewGuid():N}"[..20], text, null, null, DeliveryRoute.LocalImprovement, null, null, "Sweep owner", null);
}

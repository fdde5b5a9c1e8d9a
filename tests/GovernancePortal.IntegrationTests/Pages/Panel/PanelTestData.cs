using GovernancePortal.Application.Features.Panel.Model;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Pages.Papers;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.IntegrationTests.Pages.Panel;

/// <summary>
/// A portal of its own for the publishing pages' tests: they change the seeded register between two meetings and
/// compare snapshots of it, which no other test should see (nor disturb).
/// </summary>
[CollectionDefinition(Name)]
public sealed class SqlitePanelCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (panel publishing)";
}

/// <summary>Meetings and publications made through the domain (and the application's publisher) for the panel's page tests.</summary>
public static class PanelTestData
{
    public static Actor Actor => new(null, "Test set-up", DateTime.UtcNow);

    /// <summary>The Audit Panel serving the Met and MOPAC (made once per portal when the demo data has none).</summary>
    public static Task<int> EnsurePanelAsync(this PortalFactory portal) =>
        portal.WithDbAsync(async db =>
        {
            var existing = await db.AuditPanels.Include(p => p.Organisations).OrderBy(p => p.Id).FirstOrDefaultAsync();
            if (existing is not null)
            {
                return existing.Id;
            }

            var panel = new AuditPanel { Name = "Test Audit Panel" };
            foreach (var id in await db.Organisations.Select(o => o.Id).ToListAsync())
            {
                panel.Organisations.Add(new PanelOrganisation { OrganisationId = id });
            }

            db.AuditPanels.Add(panel);
            await db.SaveChangesAsync();
            return panel.Id;
        });

    /// <summary>A planned meeting of the panel on <paramref name="date"/> (recorded as held when <paramref name="held"/>).</summary>
    public static async Task<int> MeetingAsync(this PortalFactory portal, DateOnly date, bool held = false)
    {
        var panelId = await portal.EnsurePanelAsync();
        return await portal.WithDbAsync(async db =>
        {
            var panel = await db.AuditPanels.Include(p => p.Organisations).SingleAsync(p => p.Id == panelId);
            var meeting = PanelMeeting.Plan(panel, new MeetingDetails(date, new TimeOnly(10, 0), "Committee Room 1", false, null));
            if (held)
            {
                meeting.RecordHeld(Actor);
            }

            db.PanelMeetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
    }

    /// <summary>A published paper of <paramref name="organisation"/> (a progress report: no signatures needed).</summary>
    public static async Task<int> PublishedPaperAsync(this PortalFactory portal, string organisation = OrganisationCodes.Met, string title = "Panel test paper") =>
        (await portal.BuildPaperAsync(PaperKind.ProgressReport, PaperStatus.Published, organisation, title)).Id;

    /// <summary>Publishes the paper to the meeting through the application's publisher, with the register as at <paramref name="asAt"/> (today by default).</summary>
    public static async Task<int> PublishAsync(this PortalFactory portal, int meetingId, int paperId, DateOnly? asAt = null)
    {
        await using var scope = portal.NewScope();
        var publisher = scope.ServiceProvider.GetRequiredService<PanelPublisher>();
        return await portal.WithDbAsync(async db =>
        {
            var meeting = await PanelReads.MeetingForPublishingAsync(db, meetingId, CancellationToken.None);
            var paper = await PaperComposer.LoadAsync(db, paperId, CancellationToken.None) ?? throw new InvalidOperationException("No such paper");
            var publication = await publisher.PublishAsync(meeting, paper, asAt ?? PaperTestData.Today, Actor, CancellationToken.None);
            await db.SaveChangesAsync();
            return publication.Id;
        });
    }

    /// <summary>A meeting on <paramref name="date"/> with a new published paper of the Met on it; returns both ids.</summary>
    public static async Task<(int Meeting, int Publication)> PublishedMeetingAsync(this PortalFactory portal, DateOnly date, string organisation = OrganisationCodes.Met)
    {
        var meeting = await portal.MeetingAsync(date);
        var paper = await portal.PublishedPaperAsync(organisation);
        return (meeting, await portal.PublishAsync(meeting, paper));
    }

    /// <summary>
    /// The authorization matrix's samples (made once per portal): a planned meeting with a published paper of the Met on
    /// it, and a question on that paper.
    /// </summary>
    public static async Task<(int Meeting, int Publication, int Question)> MatrixPanelSamplesAsync(this PortalFactory portal)
    {
        var existing = await portal.WithDbAsync(db => db.PaperQuestions.AsNoTracking().Where(q => q.Text == "Matrix sample question")
            .Select(q => new { q.MeetingId, q.PublicationId, q.Id }).FirstOrDefaultAsync());
        if (existing is not null)
        {
            return (existing.MeetingId, existing.PublicationId, existing.Id);
        }

        var (meeting, publication) = await portal.PublishedMeetingAsync(new DateOnly(2039, 6, 1));
        var question = await portal.WithDbAsync(async db =>
        {
            var on = await db.PanelPublications.Include(p => p.Meeting).SingleAsync(p => p.Id == publication);
            var asked = PaperQuestion.Ask(on, on.Meeting!, "Matrix sample question", Actor);
            db.PaperQuestions.Add(asked);
            await db.SaveChangesAsync();
            return asked.Id;
        });
        return (meeting, publication, question);
    }
}

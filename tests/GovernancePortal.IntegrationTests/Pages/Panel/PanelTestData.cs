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

/// <summary>
/// Rows of their own for the Audit Panel's page tests, made through the domain: the one panel (made once per portal,
/// serving the Met and MOPAC, with a chair and a member), meetings on dates of the test's choosing, Panel actions.
/// </summary>
public static class PanelTestData
{
    /// <summary>Independent members every panel of the tests has (added to a panel set up otherwise, e.g. by the demo seed).</summary>
    public const string Member = "Test Member";
    public const string OtherMember = "Test Member Two";

    private static int days;

    public static Actor Actor => new(null, "Test set-up", DateTime.UtcNow);

    /// <summary>A date no other meeting made by these tests has: far ahead, a day later each time.</summary>
    public static DateOnly NextDate() => new DateOnly(2045, 1, 1).AddDays(Interlocked.Increment(ref days) * 7);

    /// <summary>The panel, set up when the portal has none yet, with the tests' two members; its id.</summary>
    public static Task<int> EnsurePanelAsync(this PortalFactory portal) =>
        portal.WithDbAsync(async db =>
        {
            var panel = await db.AuditPanels.Include(p => p.Members).OrderBy(p => p.Id).FirstOrDefaultAsync();
            if (panel is null)
            {
                panel = new AuditPanel { Name = "MPS-MOPAC Joint Audit Panel" };
                panel.SetMembers([new("Test Chair", PanelRole.Chair, new DateOnly(2016, 4, 1), null)]);
                foreach (var organisation in await db.Organisations.Where(o => o.Code == OrganisationCodes.Met || o.Code == OrganisationCodes.Mopac).ToListAsync())
                {
                    panel.Organisations.Add(new PanelOrganisation { OrganisationId = organisation.Id });
                }

                db.AuditPanels.Add(panel);
            }

            foreach (var name in new[] { Member, OtherMember }.Where(n => panel.Members.All(m => m.Name != n)))
            {
                panel.Members.Add(new PanelMember { Name = name, Role = PanelRole.IndependentMember, AppointedOn = new DateOnly(2016, 4, 1), SortOrder = panel.Members.Count + 1 });
            }

            await db.SaveChangesAsync();
            return panel.Id;
        });

    /// <summary>A planned meeting of the panel (set up if need be) on <paramref name="date"/> (by default a date of its own).</summary>
    public static async Task<int> NewMeetingAsync(this PortalFactory portal, DateOnly? date = null, string? location = "Room 1, City Hall")
    {
        var panelId = await portal.EnsurePanelAsync();
        return await portal.WithDbAsync(async db =>
        {
            var panel = await db.AuditPanels.SingleAsync(p => p.Id == panelId);
            var meeting = PanelMeeting.Plan(panel, new MeetingDetails(date ?? NextDate(), new TimeOnly(14, 0), location, false, null));
            db.PanelMeetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
    }

    /// <summary>A Panel action owed by <paramref name="organisation"/>, raised at the meeting; closed with a response when asked.</summary>
    public static Task<int> NewActionAsync(this PortalFactory portal, int meetingId, string request, string organisation = OrganisationCodes.Met, bool closed = false) =>
        portal.WithDbAsync(async db =>
        {
            var meeting = await db.PanelMeetings.SingleAsync(m => m.Id == meetingId);
            var organisationId = await db.Organisations.Where(o => o.Code == organisation).Select(o => o.Id).SingleAsync();
            var number = (await db.PanelActions.Where(a => a.PanelId == meeting.PanelId).MaxAsync(a => (int?)a.Number) ?? 0) + 1;
            var action = PanelAction.Raise(meeting, number, organisationId, request, "Director of Strategy", null);
            if (closed)
            {
                action.Respond("Done and reported.", close: true, Actor);
            }

            db.PanelActions.Add(action);
            await db.SaveChangesAsync();
            return action.Id;
        });

    /// <summary>The matrix's samples (made once per portal): a meeting and an open Panel action of the Met raised at it.</summary>
    public static async Task<(int Meeting, int Action)> MatrixPanelAsync(this PortalFactory portal)
    {
        const string request = "Authorisation matrix sample action";
        var existing = await portal.WithDbAsync(db => db.PanelActions.AsNoTracking().Where(a => a.Request == request)
            .Select(a => new { a.Id, a.RaisedAtMeetingId }).FirstOrDefaultAsync());
        if (existing is not null)
        {
            return (existing.RaisedAtMeetingId, existing.Id);
        }

        var meeting = await portal.NewMeetingAsync();
        return (meeting, await portal.NewActionAsync(meeting, request));
    }

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

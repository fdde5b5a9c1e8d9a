using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Seed;

/// <summary>
/// The demo Audit Panel and recommendations register as seeded from the source papers (Seed/Data/README.md, "The Audit
/// Panel and the recommendations register"), with the sources' own dates; on SQLite (the seeded template database).
/// </summary>
[Collection(Papers.SqliteSeededPapersCollection.Name)]
public sealed class PanelSeedTests(SqlitePortal portal)
{
    [Fact]
    public async Task Seed_Panel_HasTheSourcesMeetingsPapersAndAction()
    {
        _ = await portal.WithDbAsync(async db =>
        {
            var panel = await db.AuditPanels.AsNoTracking().Include(p => p.Members).Include(p => p.Organisations).ThenInclude(o => o.Organisation)
                .SingleAsync(p => p.Name == "MPS-MOPAC Joint Audit Panel");
            Assert.Equal([OrganisationCodes.Mopac, OrganisationCodes.Met], panel.Organisations.Select(o => o.Organisation!.Code).Order());
            Assert.Single(panel.Members, m => m.Role == PanelRole.Chair);

            // The meetings the sources name, held, and the planned one of the demo.
            var meetings = await db.PanelMeetings.AsNoTracking().Where(m => m.PanelId == panel.Id).OrderBy(m => m.Date).ToListAsync();
            Assert.Equal(
                [new DateOnly(2017, 3, 1), new DateOnly(2017, 6, 30), new DateOnly(2019, 6, 19), new DateOnly(2020, 1, 8)],
                meetings.Where(m => m.Status == MeetingStatus.Held).Select(m => m.Date));
            Assert.Contains(meetings, m => m.Status == MeetingStatus.Planned && m.Date.DayOfWeek == DayOfWeek.Wednesday);

            // Each Code went to its meeting a week before, frozen: the files' bytes still match their hashes.
            var publications = await db.PanelPublications.AsNoTracking().Include(p => p.Meeting).Include(p => p.Files).Include(p => p.Snapshot)
                .Include(p => p.Organisation).Where(p => p.Meeting!.PanelId == panel.Id && p.Meeting.Status == MeetingStatus.Held).ToListAsync();
            Assert.Equal(
                [(OrganisationCodes.Met, new DateOnly(2017, 6, 30)), (OrganisationCodes.Mopac, new DateOnly(2019, 6, 19))],
                publications.Select(p => (p.Organisation!.Code, p.Meeting!.Date)).OrderBy(p => p.Item2));
            Assert.All(publications, p =>
            {
                Assert.Equal(PaperKind.CodeOfGovernance, p.PaperKind);
                Assert.Equal(3, p.Files.Count);
                Assert.All(p.Files, f => Assert.True(f.IsIntact));
                Assert.Equal(p.Meeting!.Date.AddDays(-7), p.Snapshot!.AsAt);
            });

            // MOPAC's snapshot of 12 June 2019 holds its 2018/19 plan and the two recommendations its AGS reports, closed.
            var mopac = publications.Single(p => p.Organisation!.Code == OrganisationCodes.Mopac).Snapshot!.Read();
            Assert.NotEmpty(mopac.Actions);
            Assert.Equal(["Recommendation 1", "Recommendation 6"], mopac.Recommendations.Select(r => r.Reference).Order());
            Assert.All(mopac.Recommendations, r => Assert.Equal(RecommendationStatus.Closed, r.Status));

            // The action from the March 2017 Panel, answered by seed 000's paragraph 1.11 at the June meeting.
            var action = await db.PanelActions.AsNoTracking().Include(a => a.RaisedAtMeeting).Include(a => a.DueMeeting).SingleAsync(a => a.PanelId == panel.Id && a.Number == 1);
            Assert.Equal((new DateOnly(2017, 3, 1), new DateOnly(2017, 6, 30)), (action.RaisedAtMeeting!.Date, action.DueMeeting!.Date));
            Assert.Equal(PanelActionStatus.Closed, action.Status);
            Assert.StartsWith("At the March meeting members asked for an update on activity to address the management of strategic partnerships.", action.Response, StringComparison.Ordinal);
            return true;
        });
    }

    [Fact]
    public async Task Seed_Recommendations_HaveDefaultSourcesAndMopacsAgsRecommendations()
    {
        _ = await portal.WithDbAsync(async db =>
        {
            foreach (var organisation in new[] { OrganisationCodes.Met, OrganisationCodes.Mopac })
            {
                Assert.Equal(
                    RecommendationSource.Defaults,
                    await db.RecommendationSources.AsNoTracking().Where(s => s.Organisation!.Code == organisation).OrderBy(s => s.SortOrder).Select(s => s.Name).ToListAsync());
            }

            var seeded = await db.Recommendations.AsNoTracking().Include(r => r.Report).ThenInclude(r => r!.Source)
                .Where(r => r.Organisation!.Code == OrganisationCodes.Mopac && r.Report!.Title.StartsWith("Recommendations with management responses")).OrderBy(r => r.Reference).ToListAsync();
            Assert.Equal(["Recommendation 1", "Recommendation 6"], seeded.Select(r => r.Reference));
            Assert.All(seeded, r =>
            {
                Assert.Equal("Other", r.Report!.Source!.Name);
                Assert.Equal(RecommendationStatus.Closed, r.Status);
                Assert.Equal(new DateOnly(2019, 5, 24), r.ClosedOn);
                Assert.False(string.IsNullOrWhiteSpace(r.ClosureEvidence));
            });
            Assert.Equal([RecommendationPriority.High, RecommendationPriority.Medium], seeded.Select(r => r.Priority!.Value));
            return true;
        });
    }
}

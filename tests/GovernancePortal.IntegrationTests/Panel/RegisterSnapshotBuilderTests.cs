using GovernancePortal.Application.Features.Panel.Model;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.IntegrationTests.Pages.Panel;
using GovernancePortal.IntegrationTests.Pages.Papers;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.IntegrationTests.Panel;

/// <summary>The register as it stood on a day, as a publication freezes it (Application/Features/Panel/Model/RegisterSnapshotBuilder.cs).</summary>
[Collection(SqlitePanelCollection.Name)]
public sealed class RegisterSnapshotBuilderTests(SqlitePortal portal)
{
    [Fact]
    public async Task Build_TodayAndTheDayBefore_ReconstructsDueDatesCompletionAndRecommendations()
    {
        var today = PaperTestData.Today;
        var (metId, revised, completed, originalDue, recommendation) = await portal.WithDbAsync(async db =>
        {
            var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
            var open = await db.ImprovementActions
                .Include(a => a.DateRevisions).Include(a => a.DateRequests).Include(a => a.Updates)
                .Include(a => a.Area!).ThenInclude(a => a.Plan!).ThenInclude(p => p.Organisation)
                .Where(a => a.Area!.Plan!.OrganisationId == met.Id && a.Area.Plan.Status == PlanStatus.Active
                    && (a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress) && a.DueDate != null && !a.DateRequests.Any() && !a.DateRevisions.Any())
                .OrderByDescending(a => a.Id).Take(2).ToListAsync();
            var due = open[0].DueDate!.Value;
            open[0].ReviseDueDate(due.AddMonths(2), "Waiting for the new structure", PanelTestData.Actor);
            open[1].Status = ActionStatus.VerifiedComplete;
            open[1].CompletedOn = today;
            var source = new RecommendationSource { OrganisationId = met.Id, Name = "Snapshot test source" };
            var report = new SourceReport { OrganisationId = met.Id, Source = source, Title = "Snapshot test report" };
            db.SourceReports.Add(report);
            await db.SaveChangesAsync();
            var raised = Recommendation.Raise(report, new RecommendationDetails("ST-1", "Publish the register", null, null, null, null, null, "Director", today.AddMonths(3)), PanelTestData.Actor);
            db.Recommendations.Add(raised);
            await db.SaveChangesAsync();
            return (met.Id, open[0].Code, open[1].Code, due, raised.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });

        await using var scope = portal.NewScope();
        var builder = scope.ServiceProvider.GetRequiredService<RegisterSnapshotBuilder>();
        var now = await builder.BuildAsync(metId, today, CancellationToken.None);
        var before = await builder.BuildAsync(metId, today.AddDays(-1), CancellationToken.None);

        var slippedNow = now.Actions.Single(a => a.Code == revised);
        var slippedBefore = before.Actions.Single(a => a.Code == revised);
        Assert.Equal((originalDue.AddMonths(2), "Waiting for the new structure"), (slippedNow.DueDate!.Value, slippedNow.LastRevisionReason!));
        Assert.EndsWith($"/{revised}", slippedNow.Key, StringComparison.Ordinal);
        Assert.Equal(originalDue, slippedBefore.DueDate);
        Assert.Equal((1, 0, null), (slippedNow.Revisions, slippedBefore.Revisions, slippedBefore.LastRevisionReason));
        Assert.Equal(ActionStatus.VerifiedComplete, now.Actions.Single(a => a.Code == completed).Status);
        Assert.Equal(ActionStatus.InProgress, before.Actions.Single(a => a.Code == completed).Status);
        Assert.Equal(RecommendationStatus.Open, now.Recommendations.Single(r => r.Key == recommendation).Status);
        Assert.DoesNotContain(before.Recommendations, r => r.Key == recommendation);
        Assert.Equal(OrganisationCodes.Met, now.OrganisationCode);
    }
}

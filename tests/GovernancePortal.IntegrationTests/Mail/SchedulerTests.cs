using GovernancePortal.Infrastructure.Data;
using GovernancePortal.IntegrationTests.Support;
using GovernancePortal.Web.Hosting.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace GovernancePortal.IntegrationTests.Mail;

/// <summary>A portal with its scheduler on (test hosts turn it off): the persistent store in the app's database.</summary>
public class SchedulerPortal(DatabaseProvider provider) : PortalFactory(provider)
{
    protected override void Configure(IDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Scheduler:Enabled"] = "true";
        settings["Mail:PickupDirectory"] = Path.Combine(Path.GetTempPath(), "gp-scheduler-test-pickup");
    }
}

public sealed class SqliteSchedulerPortal() : SchedulerPortal(DatabaseProvider.Sqlite);

public sealed class PostgresSchedulerPortal() : SchedulerPortal(DatabaseProvider.Postgres);

public abstract class SchedulerTests(SchedulerPortal portal)
{
    protected abstract bool ExpectClustered { get; }

    [Fact]
    public async Task Start_SchedulerOn_RunsOnTheDatabaseStoreWithTheJobsScheduled()
    {
        portal.RequireAvailable();
        var scheduler = await portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var metadata = await scheduler.GetMetadata();
        while (metadata.RunningSince is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            metadata = await scheduler.GetMetadata();
        }

        Assert.NotNull(metadata.RunningSince);
        Assert.True(metadata.JobStorePersistent);
        Assert.Equal(ExpectClustered, metadata.JobStoreClustered);
        foreach (var job in new[] { ScheduledWork.Outbox, ScheduledWork.SurveyReminders, ScheduledWork.RagRefresh, ScheduledWork.SessionPurge })
        {
            Assert.True(await scheduler.Exists(job), $"{job} is not scheduled");
        }

        Assert.NotEmpty(await scheduler.GetTriggersOfJob(ScheduledWork.Outbox));
        Assert.NotEmpty(await scheduler.GetTriggersOfJob(ScheduledWork.SurveyReminders));

        // The store is the app's database: the job rows are there.
        var stored = await portal.WithDbAsync(async db =>
        {
            await using var command = Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database).CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM QRTZ_JOB_DETAILS";
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.OpenConnectionAsync(db.Database);
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        });
        Assert.True(stored >= 3);
    }
}

public sealed class SqliteSchedulerTests(SqliteSchedulerPortal portal) : SchedulerTests(portal), IClassFixture<SqliteSchedulerPortal>
{
    // Quartz refuses to cluster on SQLite (one file, one instance): the store is persistent, not clustered.
    protected override bool ExpectClustered => false;
}

public sealed class PostgresSchedulerTests(PostgresSchedulerPortal portal) : SchedulerTests(portal), IClassFixture<PostgresSchedulerPortal>
{
    protected override bool ExpectClustered => true;
}

using GovernancePortal.Infrastructure.Data;
using Quartz;

namespace GovernancePortal.Web.Hosting.Scheduling;

/// <summary>
/// Scheduled work on Quartz.NET with its ADO.NET job store in the app's own database (tables from the Scheduler
/// migration): sending the e-mail outbox, survey reminders and escalation, and the RAG refresh. On SQL Server and
/// PostgreSQL the store is clustered, so two instances sharing one database run each firing once; Quartz refuses to
/// cluster on SQLite (one file, one instance), where the store is persistent but not clustered.
/// <c>Scheduler:Enabled=false</c> turns it all off (the integration test hosts do; tests run the jobs themselves).
/// </summary>
public static class ScheduledWork
{
    public const string SchedulerName = "GovernancePortal";

    public static readonly JobKey Outbox = new("send-outbox", "portal");

    public static readonly JobKey SessionPurge = new("session-purge", "portal");

    public static readonly JobKey SurveyReminders = new("survey-reminders", "portal");

    public static readonly JobKey RagRefresh = new("rag-refresh", "portal");

    public static IServiceCollection AddScheduledWork(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddScoped<SendOutboxJob>();
        services.AddScoped<SurveyRemindersJob>();
        services.AddScoped<RagRefreshJob>();
        if (!configuration.GetValue("Scheduler:Enabled", true))
        {
            return services;
        }

        var provider = DatabaseSettings.ReadProvider(configuration);
        var connectionString = DatabaseSettings.ReadConnectionString(configuration, provider);
        var sendEvery = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Mail:SendEverySeconds", 30)));
        var remindersCron = configuration.GetValue("Surveys:RemindersSchedule", "0 0 7 * * ?")!;
        var ragHours = configuration.GetValue("Improvement:RagRefreshHours", 6.0);
        var london = Domain.Time.LondonClock.Zone;

        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(options =>
            {
                options.InstanceName = SchedulerName;
                options.GenerateInstanceId = true;
                options.DefaultTimeZone = london;
            });
            quartz.UsePersistentStore(store =>
            {
                switch (provider)
                {
                    case DatabaseProvider.SqlServer:
                        store.UseSqlServer(connectionString);
                        store.UseClustering(_ => { });
                        break;
                    case DatabaseProvider.Postgres:
                        store.UsePostgres(connectionString);
                        store.UseClustering(_ => { });
                        break;
                    default:
                        store.UseSqlite(connectionString);
                        break;
                }

                store.UseSystemTextJsonSerializer();
            });

            quartz.AddJob<SendOutboxJob>(job => job.WithIdentity(Outbox).StoreDurably().WithDescription("Sends the e-mail outbox"));
            quartz.AddTrigger(trigger => trigger.ForJob(Outbox).WithIdentity("send-outbox-every", "portal").StartNow()
                .WithSimpleSchedule(s => s.WithInterval(sendEvery).RepeatForever()));

            quartz.AddJob<SurveyRemindersJob>(job => job.WithIdentity(SurveyReminders).StoreDurably().WithDescription("Survey reminders and escalation"));
            quartz.AddTrigger(trigger => trigger.ForJob(SurveyReminders).WithIdentity("survey-reminders-schedule", "portal")
                .WithCronSchedule(remindersCron, cron => cron.InTimeZone(london)));
            quartz.RunAtStartup(SurveyReminders);

            quartz.AddJob<SessionPurgeJob>(job => job.WithIdentity(SessionPurge).StoreDurably().WithDescription("Deletes sessions ended more than 30 days ago"));
            quartz.AddTrigger(trigger => trigger.ForJob(SessionPurge).WithIdentity("session-purge-daily", "portal")
                .WithCronSchedule("0 0 3 * * ?", cron => cron.InTimeZone(london)));

            quartz.AddJob<RagRefreshJob>(job => job.WithIdentity(RagRefresh).StoreDurably().WithDescription("Rates improvement actions again as the date moves"));
            if (ragHours > 0)
            {
                quartz.AddTrigger(trigger => trigger.ForJob(RagRefresh).WithIdentity("rag-refresh-every", "portal").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(ragHours)).RepeatForever()));
                quartz.RunAtStartup(RagRefresh);
            }
        });
        services.AddQuartzHostedService(options =>
        {
            options.WaitForJobsToComplete = true;
            options.AwaitApplicationStarted = true;
        });
        return services;
    }
}

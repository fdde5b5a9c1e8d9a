using GovernancePortal.Application.Features.Improvement.Plans;
using GovernancePortal.Application.Features.Surveys;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace GovernancePortal.Web.Hosting.Scheduling;

/// <summary>Sends the due outbox messages (<see cref="OutboxSender"/>), every <c>Mail:SendEverySeconds</c>.</summary>
[DisallowConcurrentExecution]
public sealed partial class SendOutboxJob(OutboxSender sender, ILogger<SendOutboxJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var run = await sender.SendDueAsync(cancellationToken);
        if (run.Claimed > 0)
        {
            LogRun(logger, run.Sent, run.Retrying, run.Failed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: {Sent} sent, {Retrying} to retry, {Failed} given up.")]
    private static partial void LogRun(ILogger logger, int sent, int retrying, int failed);
}

/// <summary>Queues survey reminders and escalations (<see cref="SurveyReminders"/>): at start-up and on <c>Surveys:RemindersSchedule</c>.</summary>
[DisallowConcurrentExecution]
public sealed partial class SurveyRemindersJob(GovernancePortalDbContext db, TimeProvider time, ILogger<SurveyRemindersJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var result = await SurveyReminders.RunAsync(db, time, cancellationToken);
        if (result.Reminders + result.Escalations > 0)
        {
            LogRun(logger, result.Reminders, result.Escalations, result.Messages);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey reminders: {Reminders} returns reminded, {Escalations} escalated, {Messages} e-mails queued.")]
    private static partial void LogRun(ILogger logger, int reminders, int escalations, int messages);
}

/// <summary>
/// RAG depends on today's date (an action becomes Red the day after it falls due), so the stored ratings are rated
/// again at start-up and then every few hours (<c>Improvement:RagRefreshHours</c>, 0 turns it off). Only actual
/// changes of rating are saved, and so audited.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class RagRefreshJob(GovernancePortalDbContext db, TimeProvider time, ILogger<RagRefreshJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await RefreshAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException)
        {
            // Someone changed an action meanwhile, or the database is not ready: the next run catches up.
            LogFailed(logger, exception);
        }
    }

    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken) || (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            return 0;
        }

        var changed = 0;
        foreach (var organisation in await db.Organisations.ToListAsync(cancellationToken))
        {
            changed += await RagRecalculation.RateAsync(db, organisation, time.Today(), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (changed > 0)
        {
            LogChanged(logger, changed);
        }

        return changed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "RAG refresh: {Count} action ratings changed with the date.")]
    private static partial void LogChanged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "RAG refresh failed; it will run again.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

/// <summary>
/// Deletes sessions that ended or expired more than <see cref="Infrastructure.Identity.UserSession.RetentionDays"/> days
/// ago (<see cref="Infrastructure.Identity.UserSessions.PurgeAsync"/>), daily at 03:00 London time.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class SessionPurgeJob(Infrastructure.Identity.UserSessions sessions, ILogger<SessionPurgeJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var deleted = await sessions.PurgeAsync(cancellationToken);
        if (deleted > 0)
        {
            LogRun(logger, deleted);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sessions: {Deleted} old sessions deleted.")]
    private static partial void LogRun(ILogger logger, int deleted);
}

using GovernancePortal.Application.Features.Improvement.Plans;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Web.Hosting;

/// <summary>
/// RAG depends on today's date (an action becomes Red the day after it falls due), so the stored ratings are rated
/// again at start-up and then every few hours (<c>Improvement:RagRefreshHours</c>, 0 turns it off). Only actual
/// changes of rating are saved, and so audited.
/// </summary>
public sealed partial class RagRefreshService(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<RagRefreshService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var hours = configuration.GetValue("Improvement:RagRefreshHours", 6.0);
        if (hours <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromHours(hours), time);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException)
            {
                // Someone changed an action meanwhile, or the database is not ready: the next run catches up.
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();
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

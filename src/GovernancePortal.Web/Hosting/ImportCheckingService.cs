using GovernancePortal.Application.Features.Improvement.Import;

namespace GovernancePortal.Web.Hosting;

/// <summary>
/// Runs the import worker (<see cref="ImportBatchWorker"/>) in the app: at start-up it carries on with any batch left
/// unfinished (a restart, or another instance that stopped), then it waits until a dry run is started in this instance
/// (<see cref="ImportQueue"/>) or <c>Import:PollInterval</c> has passed (default 5 seconds; zero or less turns the
/// worker off), and works through every batch waiting to be checked.
/// </summary>
public sealed partial class ImportCheckingService(
    IServiceScopeFactory scopes, TimeProvider time, ImportQueue queue, IConfiguration configuration, ILogger<ImportCheckingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = configuration.GetValue("Import:PollInterval", TimeSpan.FromSeconds(5));
        if (poll <= TimeSpan.Zero)
        {
            return;
        }

        var worker = new ImportBatchWorker(scopes, time, $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var finished = await worker.RunOnceAsync(stoppingToken);
                if (finished > 0)
                {
                    LogFinished(logger, finished);
                }

                await queue.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database is unavailable or not migrated yet, or a batch failed: its claim expires and it is
                // tried again; the worker itself keeps running.
                LogFailed(logger, exception);
                await Task.Delay(poll, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import checking: {Count} batch(es) finished.")]
    private static partial void LogFinished(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import checking failed; it will try again.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

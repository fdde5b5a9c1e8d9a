using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovernancePortal.Web.Hosting;

/// <summary>Which endpoint runs a check: liveness (the process answers) or readiness (it can serve: database, migrations).</summary>
public static class HealthTags
{
    public const string Live = "live";
    public const string Ready = "ready";
}

/// <summary>
/// Remembers the results of the readiness checks (database, migrations) for <c>Health:CacheDuration</c>, so that
/// an anonymous caller polling /health/ready cannot make the app query the database on every request. Concurrent
/// callers share one run.
/// </summary>
public sealed class HealthCheckCache(TimeProvider time, IConfiguration configuration)
{
    private readonly Dictionary<string, (HealthCheckResult Result, DateTimeOffset Until)> _results = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public TimeSpan Duration { get; } = configuration.GetValue("Health:CacheDuration", TimeSpan.FromSeconds(5));

    public async Task<HealthCheckResult> GetOrRunAsync(string name, Func<CancellationToken, Task<HealthCheckResult>> run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_results.TryGetValue(name, out var cached) && time.GetUtcNow() < cached.Until)
            {
                return cached.Result;
            }

            var result = await run(cancellationToken);
            _results[name] = (result, time.GetUtcNow() + Duration);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }
}

/// <summary>A health check whose result comes from <see cref="HealthCheckCache"/> while it is fresh.</summary>
public sealed class CachedHealthCheck(HealthCheckCache cache, string name, IHealthCheck inner) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        cache.GetOrRunAsync(name, ct => inner.CheckHealthAsync(context, ct), cancellationToken);
}

/// <summary>Healthy when the database answers.</summary>
public sealed class DatabaseHealthCheck(GovernancePortal.Infrastructure.Data.GovernancePortalDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("Connected")
            : new HealthCheckResult(context?.Registration.FailureStatus ?? HealthStatus.Unhealthy, "The database cannot be reached");
}

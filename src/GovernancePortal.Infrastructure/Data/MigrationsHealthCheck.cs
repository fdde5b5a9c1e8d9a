using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovernancePortal.Infrastructure.Data;

/// <summary>
/// Unhealthy while the database has migrations not yet applied: production never migrates on start, so a release
/// deployed before <c>govportal migrate</c> ran shows up in /health instead of failing later on a missing column.
/// </summary>
public sealed class MigrationsHealthCheck(DatabaseInitializer initializer) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = await initializer.GetPendingMigrationsAsync(cancellationToken);
        return pending.Count == 0
            ? HealthCheckResult.Healthy("All migrations applied")
            : HealthCheckResult.Unhealthy($"{GovernancePortal.Domain.Text.Plural.Of(pending.Count, "migration")} not applied: run govportal migrate");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace GovernancePortal.Infrastructure.Data;

/// <summary>
/// Applies migrations, which also create the reference data (the two organisations and the roles). Used by
/// <c>govportal migrate</c> and, in Development only, at web start-up. Production never migrates on start.
/// </summary>
public sealed class DatabaseInitializer(GovernancePortalDbContext db, DatabaseInfo database, ILogger<DatabaseInitializer> logger)
{
    public async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken = default) =>
        [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];

    /// <summary>The idempotent SQL script of every migration (what <c>govportal script</c> prints).</summary>
    public string GenerateIdempotentScript() =>
        db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent).ReplaceLineEndings("\n");

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = await GetPendingMigrationsAsync(cancellationToken);
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s) to the {Provider} database: {Migrations}", pending.Count, database.Provider, string.Join(", ", pending));
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers and a writer work at the same time; the setting persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}

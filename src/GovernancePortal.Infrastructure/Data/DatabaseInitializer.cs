using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace GovernancePortal.Infrastructure.Data;

/// <summary>
/// Applies migrations and ensures reference data (the two organisations and the roles). Used by
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

        await EnsureReferenceDataAsync(cancellationToken);
    }

    /// <summary>The organisations the portal serves and the roles it knows. Idempotent.</summary>
    public async Task EnsureReferenceDataAsync(CancellationToken cancellationToken = default)
    {
        var organisations = await db.Organisations.Select(o => o.Code).ToListAsync(cancellationToken);
        if (!organisations.Contains(OrganisationCodes.Met))
        {
            db.Organisations.Add(new Organisation
            {
                Code = OrganisationCodes.Met,
                Name = "Metropolitan Police Service",
                ShortName = "Met",
                ActionCodeScheme = ActionCodeScheme.AreaSequence,
            });
        }

        if (!organisations.Contains(OrganisationCodes.Mopac))
        {
            db.Organisations.Add(new Organisation
            {
                Code = OrganisationCodes.Mopac,
                Name = "Mayor's Office for Policing And Crime",
                ShortName = "MOPAC",
                ActionCodeScheme = ActionCodeScheme.PrincipleNumber,
            });
        }

        var roles = await db.Roles.Select(r => r.Name ?? string.Empty).ToListAsync(cancellationToken);
        foreach (var role in AppRoles.All.Except(roles))
        {
            db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

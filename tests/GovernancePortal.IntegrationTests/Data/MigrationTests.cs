using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Data;

public sealed class MigrationTests
{
    public static TheoryData<string> Providers => [nameof(SqliteDesignTimeFactory), nameof(SqlServerDesignTimeFactory), nameof(PostgresDesignTimeFactory)];

    private static GovernancePortalDbContext Create(string factory) => factory switch
    {
        nameof(SqliteDesignTimeFactory) => new SqliteDesignTimeFactory().CreateDbContext([]),
        nameof(SqlServerDesignTimeFactory) => new SqlServerDesignTimeFactory().CreateDbContext([]),
        _ => new PostgresDesignTimeFactory().CreateDbContext([]),
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_EveryProvider_HasNoChangesWithoutAMigration(string factory)
    {
        using var db = Create(factory);
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changed since the last {factory.Replace("DesignTimeFactory", string.Empty, StringComparison.Ordinal)} migration: add one for every provider (docs/architecture.md, 'Adding a migration').");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_EveryProvider_HaveTheSameNames(string factory)
    {
        using var db = Create(factory);
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        static IEnumerable<string> Names(DbContext c) => c.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(Names(sqlite), Names(db));
    }

    [Fact]
    public async Task MigrationsHealthCheck_UnmigratedDatabase_IsUnhealthyAndSaysWhatToRun()
    {
        var folder = Directory.CreateTempSubdirectory("gp-health-").FullName;
        try
        {
            var options = new DbContextOptionsBuilder<SqliteGovernancePortalDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "empty.db")}").Options;
            await using var db = new SqliteGovernancePortalDbContext(options);
            db.BeginWork(new GovernancePortal.Application.Common.SystemUser("test"));
            var initializer = new DatabaseInitializer(db, new GovernancePortal.Infrastructure.DatabaseInfo(DatabaseProvider.Sqlite), Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseInitializer>.Instance);
            var check = new MigrationsHealthCheck(initializer);

            var before = await check.CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext());
            Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, before.Status);
            Assert.Contains("govportal migrate", before.Description, StringComparison.Ordinal);

            await initializer.MigrateAsync();
            var after = await check.CheckHealthAsync(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext());
            Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, after.Status);
            Assert.Equal(["MOPAC", "MPS"], await db.Organisations.Select(o => o.Code).OrderBy(c => c).ToListAsync());
            Assert.Equal(5, await db.Roles.CountAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void StringEnums_AllProviders_AreStoredAsText()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var status = db.Model.FindEntityType(typeof(GovernancePortal.Domain.Improvement.ImprovementAction))!.FindProperty("Status")!;
        Assert.Equal("nvarchar(40)", status.GetColumnType());
    }
}

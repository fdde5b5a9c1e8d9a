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
    public void StringEnums_AllProviders_AreStoredAsText()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var status = db.Model.FindEntityType(typeof(GovernancePortal.Domain.Improvement.ImprovementAction))!.FindProperty("Status")!;
        Assert.Equal("nvarchar(40)", status.GetColumnType());
    }
}

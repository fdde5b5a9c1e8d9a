using GovernancePortal.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace GovernancePortal.UnitTests.Infrastructure;

public sealed class DatabaseSettingsTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void ReadProvider_NotSet_IsSqlite() =>
        Assert.Equal(DatabaseProvider.Sqlite, DatabaseSettings.ReadProvider(Config()));

    [Theory]
    [InlineData("SqlServer", DatabaseProvider.SqlServer)]
    [InlineData("sqlserver", DatabaseProvider.SqlServer)]
    [InlineData("Postgres", DatabaseProvider.Postgres)]
    [InlineData("Npgsql", DatabaseProvider.Postgres)]
    public void ReadProvider_KnownNames_AreRecognised(string value, DatabaseProvider expected) =>
        Assert.Equal(expected, DatabaseSettings.ReadProvider(Config(("Database:Provider", value))));

    [Fact]
    public void ReadProvider_Unknown_ExplainsTheChoices()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.ReadProvider(Config(("Database:Provider", "Oracle"))));
        Assert.Contains("Sqlite (default), SqlServer or Postgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadConnectionString_SqlServerWithoutOne_NamesTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.ReadConnectionString(Config(), DatabaseProvider.SqlServer));
        Assert.Contains("ConnectionStrings__SqlServer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveSqlite_RelativeFile_GoesIntoDataDirectory()
    {
        var folder = Path.Combine(Path.GetTempPath(), "gp-settings-" + Guid.NewGuid().ToString("N"));
        try
        {
            var connection = new SqliteConnectionStringBuilder(DatabaseSettings.ResolveSqlite("Data Source=portal.db", folder));
            Assert.Equal(Path.Combine(folder, "portal.db"), connection.DataSource);
            Assert.True(Directory.Exists(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ResolveSqlite_InMemory_IsLeftAlone() =>
        Assert.Equal("Data Source=:memory:", DatabaseSettings.ResolveSqlite("Data Source=:memory:", "/nowhere"));
}

using Npgsql;

namespace GovernancePortal.IntegrationTests.Support;

/// <summary>
/// The real PostgreSQL server the test command starts on loopback (scripts/test.sh sets GP_TEST_POSTGRES to its
/// connection string). Without it the PostgreSQL variants of the tests are skipped, unless GP_REQUIRE_POSTGRES is set
/// (as in CI), in which case they fail.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "GP_TEST_POSTGRES";
    public const string RequirePostgresVariable = "GP_REQUIRE_POSTGRES";

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static bool PostgresRequired => Environment.GetEnvironmentVariable(RequirePostgresVariable) is "1" or "true";

    public static string SkipReason =>
        $"PostgreSQL is not configured: set {PostgresVariable} to a server connection string (scripts/test.sh starts a server and sets it).";

    /// <summary>A connection string for a new, uniquely named database on the test server (created by the migrations).</summary>
    public static string NewPostgresDatabase(out string databaseName)
    {
        databaseName = NewPostgresDatabaseName();
        return PostgresConnectionString(databaseName);
    }

    /// <summary>A unique database name (the test run's databases are dropped when their portal is disposed).</summary>
    public static string NewPostgresDatabaseName(string prefix = "gp_test_") => prefix + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The test server's connection string for database <paramref name="databaseName"/>, pooled.</summary>
    public static string PostgresConnectionString(string databaseName) =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = databaseName, Pooling = true }.ConnectionString;

    /// <summary>The server's maintenance database (for CREATE and DROP DATABASE), unpooled.</summary>
    public static string PostgresMaintenanceConnection =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString;

    public static async Task DropPostgresDatabaseAsync(string databaseName)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(PostgresConnectionString(databaseName)));
        await using var connection = new NpgsqlConnection(PostgresMaintenanceConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

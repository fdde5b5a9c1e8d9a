using GovernancePortal.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GovernancePortal.IntegrationTests.Support;

/// <summary>
/// Migrate and seed once per provider per test run, then copy. The first portal that needs a database of a provider
/// starts the real app once on an empty database (Development start-up: migrations, demo data, demo accounts with
/// their password hashes) and keeps that database as a template; every portal then gets its own copy: the SQLite file
/// copied, or on PostgreSQL <c>CREATE DATABASE … TEMPLATE</c>. A portal started on a copy neither migrates nor seeds.
/// Process-wide, lazy and thread-safe; the templates are removed when the test process ends.
/// </summary>
public static class TemplateDatabases
{
    private static readonly Lazy<Task<string>> SqliteTemplate = new(BuildSqliteAsync);
    private static readonly Lazy<Task<string>> PostgresTemplate = new(BuildPostgresAsync);

    // CREATE DATABASE … TEMPLATE refuses while another session uses the template; copies are made one at a time.
    private static readonly SemaphoreSlim PostgresCopies = new(1, 1);

    private static string? _sqliteFolder;
    private static string? _postgresTemplate;

    static TemplateDatabases() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove();

    /// <summary>Copies the SQLite template (building it first if this is the first copy) to <paramref name="path"/>.</summary>
    public static async Task CopySqliteAsync(string path)
    {
        var template = await SqliteTemplate.Value;
        File.Copy(template, path, overwrite: true);
    }

    /// <summary>Creates database <paramref name="name"/> on the test server as a copy of the PostgreSQL template.</summary>
    public static async Task CopyPostgresAsync(string name)
    {
        var template = await PostgresTemplate.Value;
        await PostgresCopies.WaitAsync();
        try
        {
            await using var connection = new NpgsqlConnection(TestDatabases.PostgresMaintenanceConnection);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            PostgresCopies.Release();
        }
    }

    private static async Task<string> BuildSqliteAsync()
    {
        _sqliteFolder = Directory.CreateTempSubdirectory("gp-template-").FullName;
        var path = Path.Combine(_sqliteFolder, "template.db");
        var connectionString = $"Data Source={path}";
        await StartOnceAsync(DatabaseProvider.Sqlite, connectionString);

        // Close the app's pooled connections and fold the write-ahead log into the file, so the file alone is the database.
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var checkpoint = new SqliteCommand("PRAGMA wal_checkpoint(TRUNCATE);", connection);
            await checkpoint.ExecuteNonQueryAsync();
        }

        return path;
    }

    private static async Task<string> BuildPostgresAsync()
    {
        var name = TestDatabases.NewPostgresDatabaseName("gp_template_");
        var connectionString = TestDatabases.PostgresConnectionString(name);
        _postgresTemplate = name;
        await StartOnceAsync(DatabaseProvider.Postgres, connectionString);

        // A template must have no sessions: close the app's pooled connections, then refuse new ones.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        await using var connection = new NpgsqlConnection(TestDatabases.PostgresMaintenanceConnection);
        await connection.OpenAsync();
        await using (var terminate = new NpgsqlCommand($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()", connection))
        {
            await terminate.ExecuteNonQueryAsync();
        }

        await using (var close = new NpgsqlCommand($"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS false", connection))
        {
            await close.ExecuteNonQueryAsync();
        }

        return name;
    }

    /// <summary>Starts the real app once on the empty database (migrate and seed, as in Development) and stops it.</summary>
    private static async Task StartOnceAsync(DatabaseProvider provider, string connectionString)
    {
        await using var builder = PortalFactory.OnDatabase(provider, connectionString);
        await builder.InitializeAsync();
    }

    private static void Remove()
    {
        try
        {
            if (_postgresTemplate is not null && TestDatabases.PostgresServer is not null)
            {
                TestDatabases.DropPostgresDatabaseAsync(_postgresTemplate).GetAwaiter().GetResult();
            }

            if (_sqliteFolder is not null)
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(_sqliteFolder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or NpgsqlException or UnauthorizedAccessException)
        {
            // A template left behind is harmless (the test server is thrown away; temporary folders are temporary).
        }
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace GovernancePortal.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    Postgres,
}

/// <summary>
/// Reads the database configuration: <c>Database:Provider</c> (Sqlite by default, SqlServer, Postgres) and the
/// matching <c>ConnectionStrings:Sqlite|SqlServer|Postgres</c>.
/// </summary>
public static class DatabaseSettings
{
    public const string DefaultSqliteFileName = "governanceportal.db";

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : value.Equals("Npgsql", StringComparison.OrdinalIgnoreCase) || value.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase)
                ? DatabaseProvider.Postgres
                : throw new InvalidOperationException(
                    $"Database:Provider '{value}' is not supported. Use Sqlite (default), SqlServer or Postgres.");
    }

    public static string ReadConnectionString(IConfiguration configuration, DatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var name = provider.ToString();
        var value = configuration.GetConnectionString(name);
        if (provider == DatabaseProvider.Sqlite)
        {
            return ResolveSqlite(value, configuration["Database:DataDirectory"]);
        }

        return string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException(
                $"Database:Provider is {name} but ConnectionStrings:{name} is not set. Set it in configuration or as the environment variable ConnectionStrings__{name}.")
            : value;
    }

    /// <summary>
    /// A relative SQLite file is placed in the data directory (<c>Database:DataDirectory</c>, by default the user's
    /// local application data folder), never in the source tree. The folder is created if needed.
    /// </summary>
    public static string ResolveSqlite(string? connectionString, string? dataDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={DefaultSqliteFileName}" : connectionString);
        var source = builder.DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return builder.ConnectionString;
        }

        if (!Path.IsPathRooted(source))
        {
            var folder = string.IsNullOrWhiteSpace(dataDirectory) ? DefaultDataDirectory() : dataDirectory;
            source = Path.GetFullPath(Path.Combine(folder, source));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(source)!);
        builder.DataSource = source;
        return builder.ConnectionString;
    }

    public static string DefaultDataDirectory() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "GovernancePortal");
}

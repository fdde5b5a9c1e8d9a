extern alias web;

using System.Text.Json;
using GovernancePortal.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace GovernancePortal.Benchmarks.Portal;

/// <summary>
/// The real web app (its <c>Program</c>) served by Kestrel on a free loopback port, on a database of its own: a
/// temporary SQLite file, or a new database on the PostgreSQL server named by <c>GP_TEST_POSTGRES</c> (the one
/// scripts/test.sh starts). Start-up migrates it and loads the demo data and accounts, as in Development. The
/// environment is Production (no development-only middleware or DI checks) with plain-http cookies, as in the
/// browser tests: the client is on loopback.
/// </summary>
internal sealed class BenchmarkPortal : WebApplicationFactory<web::Program>
{
    public const string PostgresVariable = "GP_TEST_POSTGRES";
    public const string DemoPassword = "benchmark demo password";

    private readonly string _folder;
    private readonly string _connectionString;
    private readonly string? _postgresDatabase;

    private readonly IReadOnlyDictionary<string, string?> _extraSettings;

    /// <param name="provider">Sqlite or Postgres.</param>
    /// <param name="extraSettings">More configuration for the app (e.g. a wider sign-in limit for many accounts).</param>
    public BenchmarkPortal(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        Provider = provider;
        _extraSettings = extraSettings ?? new Dictionary<string, string?>();
        _folder = Directory.CreateTempSubdirectory("gp-bench-").FullName;
        if (provider == DatabaseProvider.Postgres)
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
                ? value
                : throw new InvalidOperationException($"--provider Postgres needs {PostgresVariable} set to a server connection string (scripts/postgres.sh starts one).");
            _postgresDatabase = "gp_bench_" + Guid.NewGuid().ToString("N")[..12];
            _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = _postgresDatabase, Pooling = true }.ConnectionString;
        }
        else if (provider == DatabaseProvider.Sqlite)
        {
            _connectionString = $"Data Source={Path.Combine(_folder, "portal.db")}";
        }
        else
        {
            throw new ArgumentOutOfRangeException(nameof(provider), provider, "The benchmark runs on Sqlite or Postgres.");
        }
    }

    public DatabaseProvider Provider { get; }

    /// <summary>Starts Kestrel on a free port (migrating and seeding the database) and returns its address.</summary>
    public Uri Start()
    {
        UseKestrel(0);
        StartServer();
        return ClientOptions.BaseAddress;
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // Host configuration is what Program sees before it reads builder.Configuration (as in PortalFactory).
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(Settings));
        return base.CreateHost(builder);
    }

    /// <summary>The web project's folder, the app's content root (from the manifest beside the benchmark).</summary>
    public static string ContentRoot
    {
        get
        {
            // WebApplicationFactory looks for its manifest (the web project's folder) in the current directory, which is
            // the repository under dotnet run: read it from beside the benchmark instead.
            var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
            var roots = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(manifest))!;
            return roots[typeof(web::Program).Assembly.FullName!];
        }
    }

    /// <summary>The app's settings: its database, the demo accounts, Production with plain-http cookies on loopback.</summary>
    public IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["Database:Provider"] = Provider.ToString(),
                [$"ConnectionStrings:{Provider}"] = _connectionString,
                ["Database:MigrateOnStart"] = "true",
                ["Demo:Seed"] = "true",
                ["Demo:Password"] = DemoPassword,
                ["Security:SecureCookies"] = "false",
                // Outside Development the portal refuses to start without its host names.
                ["AllowedHosts"] = "localhost;127.0.0.1",
                // Production needs a mail transport and the public address for links: a pickup folder of its own, and no
                // scheduled jobs (the reminders and the outbox would add work that is not being measured).
                ["Mail:Transport"] = "Pickup",
                ["Mail:PickupDirectory"] = Path.Combine(_folder, "mail"),
                ["Portal:PublicUrl"] = "http://localhost",
                ["Scheduler:Enabled"] = "false",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:GovernancePortal.Startup"] = "Error",
                // No HTTPS port on loopback: the redirection middleware passes requests through and says so once.
                ["Logging:LogLevel:Microsoft.AspNetCore.HttpsPolicy"] = "Error",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
                // Known and harmless here: the SQLite rebuild warning of one migration, an unencrypted throwaway key ring.
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "Error",
                ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
            };
            foreach (var (key, value) in _extraSettings)
            {
                settings[key] = value;
            }

            return settings;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(Environments.Production);
        builder.UseContentRoot(ContentRoot);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var server = new NpgsqlConnectionStringBuilder(_connectionString) { Database = "postgres", Pooling = false }.ConnectionString;
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }

        GC.SuppressFinalize(this);
    }
}

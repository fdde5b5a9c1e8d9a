using GovernancePortal.Application.Common;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovernancePortal.IntegrationTests.Support;

/// <summary>
/// The whole web app in memory, on its own database (a temporary SQLite file, or a new database on the test
/// PostgreSQL server), migrated and seeded with the demo data and accounts at start-up, exactly as in Development.
/// Cookies are the production ones (<c>__Host-</c>, Secure): clients talk to it as https://localhost.
/// </summary>
public class PortalFactory(DatabaseProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "integration demo password";

    private string? _sqliteFolder;
    private string? _postgresDatabase;

    public DatabaseProvider Provider { get; } = provider;

    public bool IsAvailable => Provider != DatabaseProvider.Postgres || TestDatabases.PostgresServer is not null;

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>Lets a derived factory change settings before the app reads its configuration.</summary>
    protected virtual void Configure(IDictionary<string, string?> settings)
    {
    }

    public ValueTask InitializeAsync()
    {
        if (!IsAvailable)
        {
            if (TestDatabases.PostgresRequired)
            {
                throw new InvalidOperationException(TestDatabases.SkipReason + $" ({TestDatabases.RequirePostgresVariable} is set, so this is an error.)");
            }

            return ValueTask.CompletedTask;
        }

        if (Provider == DatabaseProvider.Postgres)
        {
            ConnectionString = TestDatabases.NewPostgresDatabase(out var name);
            _postgresDatabase = name;
        }
        else
        {
            _sqliteFolder = Directory.CreateTempSubdirectory("gp-tests-").FullName;
            ConnectionString = $"Data Source={Path.Combine(_sqliteFolder, "portal.db")}";
        }

        // Starting the server runs migrations and seeding (Program's start-up).
        StartServer();
        return ValueTask.CompletedTask;
    }

    /// <summary>Skips the calling test when this factory's database is not available here.</summary>
    public void RequireAvailable() => Assert.SkipUnless(IsAvailable, TestDatabases.SkipReason);

    /// <summary>A browser-like client: https, cookies kept, redirects not followed (tests assert them).</summary>
    public HttpClient NewClient()
    {
        RequireAvailable();
        return CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
    }

    /// <summary>A DI scope of the running app (handlers, DbContext, Identity).</summary>
    public AsyncServiceScope NewScope()
    {
        RequireAvailable();
        return Services.CreateAsyncScope();
    }

    /// <summary>Runs a use case in a fresh scope of the app, as the mediator would for a page.</summary>
    public async Task<TResponse> SendAsync<TResponse>(Mediator.ICommand<TResponse> command)
    {
        await using var scope = NewScope();
        return await scope.ServiceProvider.GetRequiredService<Mediator.IMediator>().Send(command);
    }

    public async Task<TResponse> SendAsync<TResponse>(Mediator.IQuery<TResponse> query)
    {
        await using var scope = NewScope();
        return await scope.ServiceProvider.GetRequiredService<Mediator.IMediator>().Send(query);
    }

    /// <summary>A context on this portal's database whose saves are audited as <paramref name="actor"/>.</summary>
    public GovernancePortalDbContext NewDbContext(IServiceProvider services, ICurrentUser actor) => Provider switch
    {
        DatabaseProvider.Postgres => new PostgresGovernancePortalDbContext(services.GetRequiredService<Microsoft.EntityFrameworkCore.DbContextOptions<PostgresGovernancePortalDbContext>>(), actor),
        DatabaseProvider.SqlServer => new SqlServerGovernancePortalDbContext(services.GetRequiredService<Microsoft.EntityFrameworkCore.DbContextOptions<SqlServerGovernancePortalDbContext>>(), actor),
        _ => new SqliteGovernancePortalDbContext(services.GetRequiredService<Microsoft.EntityFrameworkCore.DbContextOptions<SqliteGovernancePortalDbContext>>(), actor),
    };

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // Host configuration is visible to Program before it reads builder.Configuration (app configuration set in
        // ConfigureWebHost only arrives after Build: dotnet/aspnetcore#37680).
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            [$"ConnectionStrings:{Provider}"] = ConnectionString,
            ["Database:MigrateOnStart"] = "true",
            ["Demo:Seed"] = "true",
            ["Demo:Password"] = DemoPassword,
            ["Security:SecureCookies"] = "true",
            ["Security:SessionValidationInterval"] = "00:00:00",
            // Every test client signs in from the same address; SignInThrottleTests proves the limit on a portal of its own.
            ["Security:SignInRateLimit:PermitLimit"] = "1000000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:GovernancePortal.Startup"] = "Error",
            // The in-memory test server has no request size feature; Kestrel (browser tests, production) has.
            ["Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore.Mvc.Filters.RequestSizeLimitFilter"] = "Error",
            // Tests provoke database errors on purpose (constraint violations); they surface as exceptions.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "None",
        };
        Configure(settings);
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(settings));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        // Every posted field must bind to the page's input (and a dry run checks a form without changing anything).
        builder.ConfigureServices(services => services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(options => options.Filters.Add(new FormBindingCheck())));
        // Identity's hasher, counting checks per account (CountingPasswordHasher).
        builder.ConfigureServices(services => services.AddScoped<Microsoft.AspNetCore.Identity.IPasswordHasher<ApplicationUser>, CountingPasswordHasher>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresDatabase is not null)
        {
            await TestDatabases.DropPostgresDatabaseAsync(_postgresDatabase);
        }

        if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The demo accounts (see <see cref="DemoAccount.All"/>).</summary>
    public static class Accounts
    {
        public const string Admin = "admin@example.org";
        public const string MetGovernance = "governance.met@example.org";
        public const string MopacGovernance = "governance.mopac@example.org";
        public const string Lead = "lead@example.org";
        public const string Panel = "panel@example.org";
        public const string Auditor = "auditor@example.org";
    }
}

public sealed class SqlitePortal() : PortalFactory(DatabaseProvider.Sqlite);

public sealed class PostgresPortal() : PortalFactory(DatabaseProvider.Postgres);

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresPortal>
{
    public const string Name = "PostgreSQL portal";
}

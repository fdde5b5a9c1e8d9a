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
/// The whole web app in memory, on its own database: a copy of the run's template database (a SQLite file copied, or
/// a PostgreSQL <c>CREATE DATABASE … TEMPLATE</c>), which was migrated and seeded with the demo data and accounts once,
/// exactly as the Development start-up does (see <see cref="TemplateDatabases"/>). A portal on a copy starts without
/// migrating or seeding; one made with <c>emptyDatabase: true</c> goes through the real start-up on an empty database.
/// Cookies are the production ones (<c>__Host-</c>, Secure): clients talk to it as https://localhost. Besides the real
/// cookie sign-in, the app accepts the test scheme (<see cref="TestAuthentication"/>, used by SignIn.SignedInAsync).
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "integration demo password";

    private readonly bool _emptyDatabase;
    private readonly string? _givenConnectionString;
    private string? _sqliteFolder;
    private string? _postgresDatabase;

    public PortalFactory(DatabaseProvider provider)
        : this(provider, emptyDatabase: false)
    {
    }

    /// <param name="provider">The database provider.</param>
    /// <param name="emptyDatabase">Start on an empty database, migrating and seeding it (the real Development start-up), instead of on a copy of the template.</param>
    protected PortalFactory(DatabaseProvider provider, bool emptyDatabase)
    {
        Provider = provider;
        _emptyDatabase = emptyDatabase;
    }

    private PortalFactory(DatabaseProvider provider, string connectionString)
        : this(provider, emptyDatabase: true) => _givenConnectionString = connectionString;

    /// <summary>A portal on the database at <paramref name="connectionString"/>, as it is (another instance of the app on it); the database is left there.</summary>
    protected PortalFactory(DatabaseProvider provider, string connectionString, bool emptyDatabase)
        : this(provider, emptyDatabase) => _givenConnectionString = connectionString;

    /// <summary>A portal that migrates and seeds the (empty) database at <paramref name="connectionString"/> and leaves it there.</summary>
    internal static PortalFactory OnDatabase(DatabaseProvider provider, string connectionString) => new(provider, connectionString);

    public DatabaseProvider Provider { get; }

    /// <summary>True when this portal started on an empty database and ran the real migrate-and-seed start-up.</summary>
    public bool StartedEmpty => _emptyDatabase;

    public bool IsAvailable => Provider != DatabaseProvider.Postgres || TestDatabases.PostgresServer is not null;

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>Lets a derived factory change settings before the app reads its configuration.</summary>
    protected virtual void Configure(IDictionary<string, string?> settings)
    {
    }

    public async ValueTask InitializeAsync()
    {
        if (!IsAvailable)
        {
            if (TestDatabases.PostgresRequired)
            {
                throw new InvalidOperationException(TestDatabases.SkipReason + $" ({TestDatabases.RequirePostgresVariable} is set, so this is an error.)");
            }

            return;
        }

        if (_givenConnectionString is not null)
        {
            ConnectionString = _givenConnectionString;
        }
        else if (Provider == DatabaseProvider.Postgres)
        {
            var name = TestDatabases.NewPostgresDatabaseName();
            if (!_emptyDatabase)
            {
                await TemplateDatabases.CopyPostgresAsync(name);
            }

            _postgresDatabase = name;
            ConnectionString = TestDatabases.PostgresConnectionString(name);
        }
        else
        {
            _sqliteFolder = Directory.CreateTempSubdirectory("gp-tests-").FullName;
            var path = Path.Combine(_sqliteFolder, "portal.db");
            if (!_emptyDatabase)
            {
                await TemplateDatabases.CopySqliteAsync(path);
            }

            ConnectionString = $"Data Source={path}";
        }

        // Starting the server runs Program's start-up (which migrates and seeds only an empty database's portal).
        StartServer();
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
    public GovernancePortalDbContext NewDbContext(IServiceProvider services, ICurrentUser actor)
    {
        GovernancePortalDbContext context = Provider switch
        {
            DatabaseProvider.Postgres => new PostgresGovernancePortalDbContext(services.GetRequiredService<Microsoft.EntityFrameworkCore.DbContextOptions<PostgresGovernancePortalDbContext>>()),
            DatabaseProvider.SqlServer => new SqlServerGovernancePortalDbContext(services.GetRequiredService<Microsoft.EntityFrameworkCore.DbContextOptions<SqlServerGovernancePortalDbContext>>()),
            _ => new SqliteGovernancePortalDbContext(services.GetRequiredService<Microsoft.EntityFrameworkCore.DbContextOptions<SqliteGovernancePortalDbContext>>()),
        };
        context.BeginWork(actor);
        return context;
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        // Host configuration is visible to Program before it reads builder.Configuration (app configuration set in
        // ConfigureWebHost only arrives after Build: dotnet/aspnetcore#37680).
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            [$"ConnectionStrings:{Provider}"] = ConnectionString,
            // A copy of the template is migrated and seeded already: only a portal on an empty database does it.
            ["Database:MigrateOnStart"] = _emptyDatabase ? "true" : "false",
            ["Demo:Seed"] = _emptyDatabase ? "true" : "false",
            ["Demo:Password"] = DemoPassword,
            // No scheduled jobs in test hosts: tests run the outbox sender and the reminders themselves (a test that
            // wants the scheduler turns it back on in Configure).
            ["Scheduler:Enabled"] = "false",
            ["Security:SecureCookies"] = "true",
            // Every test client signs in from the same address; SignInThrottleTests proves the limit on a portal of its own.
            ["Security:SignInRateLimit:PermitLimit"] = "1000000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:GovernancePortal.Startup"] = "Error",
            // The in-memory test server has no request size feature; Kestrel (browser tests, production) has.
            ["Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore.Mvc.Filters.RequestSizeLimitFilter"] = "Error",
            // Tests provoke database errors on purpose (constraint violations); they surface as exceptions.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "None",
            // Each test database makes its own Data Protection key, unencrypted (no certificate in tests).
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
        };
        Configure(settings);
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(settings));
        return base.CreateHost(builder);
    }

    /// <summary>PBKDF2 iterations for passwords hashed by test hosts (the app's own figure is <see cref="IdentitySetup.PasswordHashIterations"/>).</summary>
    public const int TestPasswordHashIterations = 1_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        // Every posted field must bind to the page's input (and a dry run checks a form without changing anything).
        builder.ConfigureServices(services => services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(options => options.Filters.Add(new FormBindingCheck())));
        // Identity's hasher, counting checks per account (CountingPasswordHasher), with PBKDF2 at 1,000 iterations: the
        // same algorithm and hash format as the app's 210,000 (IdentitySetupTests checks that figure), at a two-hundredth
        // of the cost, which was a fifth of the integration tests' CPU time.
        builder.ConfigureServices(services => services.AddScoped<Microsoft.AspNetCore.Identity.IPasswordHasher<ApplicationUser>, CountingPasswordHasher>()
            .PostConfigure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(options => options.IterationCount = TestPasswordHashIterations));
        // The test scheme beside the real cookie (SignIn.SignedInAsync).
        builder.ConfigureServices(services => services.AddTestAuthentication());
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
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString));
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

/// <summary>
/// A second shared SQLite portal (its own instance of <see cref="SqlitePortal"/>) for the panel, recommendations, papers
/// and improvement page tests: classes in one collection run one after another, so two collections let the two halves
/// of the shared-portal tests run side by side.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SqliteCollectionB : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal B";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresPortal>
{
    public const string Name = "PostgreSQL portal";
}

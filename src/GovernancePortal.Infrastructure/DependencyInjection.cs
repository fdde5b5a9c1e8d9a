using GovernancePortal.Infrastructure.Auditing;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.Infrastructure.Mail;
using GovernancePortal.Infrastructure.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovernancePortal.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the database for the configured provider. Handlers and Identity resolve
    /// <see cref="GovernancePortalDbContext"/>; it is the provider's subclass underneath.
    /// </summary>
    public static IServiceCollection AddGovernancePortalData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DataChanges>();
        services.TryAddSingleton<AuditInterceptor>();
        services.TryAddSingleton<DataChangesTransactionInterceptor>();
        services.TryAddScoped<IAuditActor>(_ => new SystemActor("system"));

        var provider = DatabaseSettings.ReadProvider(configuration);
        var connectionString = DatabaseSettings.ReadConnectionString(configuration, provider);
        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                Register<SqlServerGovernancePortalDbContext>(services, o => o.UseSqlServer(connectionString));
                break;
            case DatabaseProvider.Postgres:
                Register<PostgresGovernancePortalDbContext>(services, o => o.UseNpgsql(WithPostgresDefaults(connectionString)));
                break;
            default:
                Register<SqliteGovernancePortalDbContext>(services, o => o.UseSqlite(connectionString));
                break;
        }

        services.AddSingleton(new DatabaseInfo(provider));
        services.AddScoped<IAccountEventLog, AccountEventLog>();
        // Server-side sessions (docs/security.md, Sessions): settings, this instance's cache, the store.
        services.TryAddSingleton(SessionSettings.Read(configuration));
        services.TryAddSingleton<SessionCache>();
        services.AddScoped<UserSessions>();
        services.AddScoped<IUserSessions>(sp => sp.GetRequiredService<UserSessions>());
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoAccountSeeder>();
        return services;
    }

    /// <summary>
    /// Registers e-mail: the <c>Mail</c> settings, the transport they choose (SMTP, or a pickup folder of .eml files)
    /// and the outbox sender. <paramref name="isDevelopment"/> picks the defaults (pickup folder, localhost address).
    /// </summary>
    public static IServiceCollection AddGovernancePortalMail(this IServiceCollection services, IConfiguration configuration, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = MailSettings.Read(configuration, isDevelopment);
        services.AddSingleton(settings);
        services.AddSingleton(PortalAddress.Read(configuration, isDevelopment));
        services.TryAddSingleton(TimeProvider.System);
        if (settings.Transport == MailTransportKind.Smtp)
        {
            services.TryAddSingleton<IMailTransport, SmtpMailTransport>();
        }
        else
        {
            services.TryAddSingleton<IMailTransport, PickupFolderMailTransport>();
        }

        services.AddScoped<OutboxSender>();
        return services;
    }

    /// <summary>The connections an instance keeps open to PostgreSQL unless its connection string says otherwise.</summary>
    internal const int DefaultPostgresPoolSize = 20;

    /// <summary>
    /// What the PostgreSQL connection string leaves unsaid, set for a web server (docs/configuration.md, PostgreSQL):
    /// <list type="bullet">
    /// <item>A fixed-size pool (<see cref="DefaultPostgresPoolSize"/> connections, the minimum equal to the maximum).
    /// Npgsql hands out its idle connections in turn, so under a steady load every connection is in use and none is
    /// idle; after five minutes its pruning closed about half of them anyway, the load opened new ones at once, and a
    /// new connection is slow for its first requests (the server's catalogue caches are empty and no statement is
    /// prepared on it yet): the soak saw every request wait up to 12 s. With a fixed pool nothing is closed for being
    /// idle. A burst at a cold start also waits for one of 20 connections rather than opening 100 cold ones.</item>
    /// <item>Prepared statements: PostgreSQL plans each statement it is sent unless it was prepared, and planning the
    /// page queries that join many tables (an action with its area, plan, organisation, owner and carried-forward
    /// links) took longer than running them. Npgsql prepares the statements a connection uses repeatedly (Max Auto
    /// Prepare), so the server plans each once per connection.</item>
    /// </list>
    /// </summary>
    internal static string WithPostgresDefaults(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        // Npgsql's builder knows every keyword (its ContainsKey is true for all of them): read what was written.
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool Says(params string[] names) => names.Any(written.Contains);
        if (!Says("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 100;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!Says("MaximumPoolSize", "MaxPoolSize"))
        {
            builder.MaxPoolSize = DefaultPostgresPoolSize;
        }

        if (!Says("MinimumPoolSize", "MinPoolSize"))
        {
            builder.MinPoolSize = builder.MaxPoolSize;
        }

        return builder.ConnectionString;
    }

    /// <summary>The contexts an instance keeps for reuse (EF Core's default is 1 024; a request holds one at a time).</summary>
    internal const int ContextPoolSize = 128;

    /// <summary>
    /// One pool of contexts per process: building a context per request (its options, its share of EF Core's internal
    /// services, its change tracker) was a third of what the register page allocated. A request's context comes from
    /// the pool, starts its unit of work for the request's actor (<see cref="GovernancePortalDbContext.BeginWork"/>),
    /// and goes back when the request's scope ends. Only the base type is registered, so the scope disposes (returns)
    /// each context exactly once.
    /// </summary>
    private static void Register<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> useProvider)
        where TContext : GovernancePortalDbContext
    {
        services.AddPooledDbContextFactory<TContext>(
            (sp, options) =>
            {
                useProvider(options);
                options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<DataChangesTransactionInterceptor>());
            },
            ContextPoolSize);
        services.AddScoped<GovernancePortalDbContext>(sp =>
        {
            var context = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.BeginWork(sp.GetRequiredService<IAuditActor>());
            return context;
        });
    }
}

/// <summary>Which database provider this process uses.</summary>
public sealed record DatabaseInfo(DatabaseProvider Provider);

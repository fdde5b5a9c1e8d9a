using GovernancePortal.Infrastructure.Auditing;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
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
        services.TryAddSingleton<AuditInterceptor>();
        services.TryAddScoped<IAuditActor>(_ => new SystemActor("system"));

        var provider = DatabaseSettings.ReadProvider(configuration);
        var connectionString = DatabaseSettings.ReadConnectionString(configuration, provider);
        switch (provider)
        {
            case DatabaseProvider.SqlServer:
                Register<SqlServerGovernancePortalDbContext>(services, o => o.UseSqlServer(connectionString));
                break;
            case DatabaseProvider.Postgres:
                Register<PostgresGovernancePortalDbContext>(services, o => o.UseNpgsql(connectionString));
                break;
            default:
                Register<SqliteGovernancePortalDbContext>(services, o => o.UseSqlite(connectionString));
                break;
        }

        services.AddSingleton(new DatabaseInfo(provider));
        services.AddScoped<IAccountEventLog, AccountEventLog>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoAccountSeeder>();
        return services;
    }

    private static void Register<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> useProvider)
        where TContext : GovernancePortalDbContext
    {
        services.AddDbContext<TContext>((sp, options) =>
        {
            useProvider(options);
            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>());
        });
        services.AddScoped<GovernancePortalDbContext>(sp => sp.GetRequiredService<TContext>());
    }
}

/// <summary>Which database provider this process uses.</summary>
public sealed record DatabaseInfo(DatabaseProvider Provider);

using System.Text;
using GovernancePortal.Infrastructure;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.Infrastructure.Seed;

namespace GovernancePortal.Web.Hosting;

/// <summary>
/// Database work at start-up. With <c>Database:MigrateOnStart</c> (on in Development only) the database is created
/// and migrated; otherwise pending migrations are only reported (apply them with <c>govportal migrate</c>). With
/// <c>Demo:Seed</c> (on in Development only) an empty database gets the demo data and the demo accounts, whose
/// password is <c>Demo:Password</c> or, when unset, a generated one printed here.
/// </summary>
public static class DatabaseStartup
{
    public static async Task RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var configuration = app.Configuration;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("GovernancePortal.Startup");
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        var database = services.GetRequiredService<DatabaseInfo>();

        if (configuration.GetValue<bool>("Database:MigrateOnStart"))
        {
            await initializer.MigrateAsync();
        }
        else
        {
            var pending = await initializer.GetPendingMigrationsAsync();
            if (pending.Count > 0)
            {
                logger.LogError(
                    "The {Provider} database has {Count} pending migration(s): {Migrations}. Apply them with `govportal migrate` (see deploy/README.md).",
                    database.Provider, pending.Count, string.Join(", ", pending));
                return;
            }
        }

        if (!configuration.GetValue<bool>("Demo:Seed"))
        {
            return;
        }

        var seeder = services.GetRequiredService<DemoDataSeeder>();
        if (await seeder.SeedAsync())
        {
            logger.LogInformation("Demo data seeded from the source Audit Panel papers.");
            // Seeding reads the source papers and renders the published Codes once: give that memory back to the
            // system before serving, rather than carrying a heap sized for it.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        var password = configuration["Demo:Password"];
        var generated = string.IsNullOrWhiteSpace(password);
        if (generated)
        {
            password = PasswordGenerator.Generate();
        }

        var accounts = await services.GetRequiredService<DemoAccountSeeder>().EnsureAsync(password!);
        var listing = new StringBuilder();
        listing.AppendLine("Demo accounts (Development only):");
        foreach (var account in accounts)
        {
            listing.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  {account.Email,-30} {string.Join(", ", account.Roles.Select(AppRoles.DisplayName))} ({string.Join(", ", account.Organisations)})");
        }

        listing.Append(generated
            ? $"  Password for all of them: {password}   (generated at this start; set Demo:Password or the environment variable Demo__Password to choose one)"
            : "  Password for all of them: the value of Demo:Password");
        logger.LogWarning("{DemoAccounts}", listing.ToString());
    }
}

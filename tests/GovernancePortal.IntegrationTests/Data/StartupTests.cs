using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Data;

/// <summary>A portal on an empty database, going through the real Development start-up (migrate, seed, demo accounts).</summary>
public sealed class EmptySqlitePortal() : PortalFactory(DatabaseProvider.Sqlite, emptyDatabase: true);

/// <summary>As <see cref="EmptySqlitePortal"/>, on PostgreSQL.</summary>
public sealed class EmptyPostgresPortal() : PortalFactory(DatabaseProvider.Postgres, emptyDatabase: true);

/// <summary>
/// Every other portal starts on a copy of a template database; these prove that the start-up they skip still works
/// on each engine: an empty database is migrated, gets the demo data and demo accounts, and a demo user signs in for
/// real and sees the seeded organisations.
/// </summary>
public abstract class StartupTests(PortalFactory portal)
{
    [Fact]
    public async Task Start_EmptyDatabase_MigratesSeedsAndDemoAccountsSignIn()
    {
        portal.RequireAvailable();
        Assert.True(portal.StartedEmpty);

        await using (var scope = portal.NewScope())
        await using (var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser("startup test")))
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal([OrganisationCodes.Mopac, OrganisationCodes.Met], (await db.Organisations.Select(o => o.Code).ToListAsync()).Order(StringComparer.Ordinal));
            Assert.True(await db.GovernanceAreas.AnyAsync(), "The demo framework was not seeded.");
            Assert.True(await db.ImprovementActions.AnyAsync(), "The demo improvement plans were not seeded.");
            Assert.Equal(
                DemoAccount.All.Select(a => a.Email).Order(StringComparer.Ordinal),
                (await db.Users.Select(u => u.Email!).ToListAsync()).Order(StringComparer.Ordinal));
        }

        foreach (var account in DemoAccount.All)
        {
            using var client = portal.NewClient();
            await client.SignInOrFailAsync(account.Email);
            var (response, page) = await client.GetPageAsync("/");
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Metropolitan Police Service", page.Body!.TextContent, StringComparison.Ordinal);
        }
    }
}

public sealed class SqliteStartupTests(EmptySqlitePortal portal) : StartupTests(portal), IClassFixture<EmptySqlitePortal>;

public sealed class PostgresStartupTests(EmptyPostgresPortal portal) : StartupTests(portal), IClassFixture<EmptyPostgresPortal>;

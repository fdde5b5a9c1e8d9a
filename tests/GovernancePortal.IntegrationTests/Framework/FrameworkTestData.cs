using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Identity;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Framework;

/// <summary>Looks up seeded framework records for tests.</summary>
public static class FrameworkTestData
{
    public static async Task<GovernanceArea> AreaAsync(PortalFactory portal, string organisationCode, string reference)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var scope = portal.NewScope();
        await using var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser("test"));
        return await db.GovernanceAreas.AsNoTracking().Include(a => a.Statements)
            .SingleAsync(a => a.Organisation!.Code == organisationCode && a.Reference == reference);
    }

    public static async Task<T> WithDbAsync<T>(PortalFactory portal, Func<Infrastructure.Data.GovernancePortalDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = portal.NewScope();
        await using var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser("test"));
        return await action(db);
    }

    /// <summary>Makes sure the Met's 2017/18 year is open as a draft (rolled forward through the use case).</summary>
    public static async Task EnsureMetDraftAsync(PortalFactory portal)
    {
        var open = await WithDbAsync(portal, db => db.FrameworkYears.AnyAsync(y => y.Organisation!.Code == OrganisationCodes.Met && y.Year == new ReportingYear(2017)));
        if (!open)
        {
            using var client = portal.NewClient();
            await client.SignInOrFailAsync(PortalFactory.Accounts.MetGovernance);
            var (response, _) = await client.SubmitFormAsync("/framework/mps/years", [new("latestYear", "2016-17")], "Open");
            Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        }
    }
}

/// <summary>A portal of its own for tests that open and publish years, so other test classes keep the seeded years.</summary>
[CollectionDefinition(Name)]
public sealed class SqliteYearsCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (framework years)";
}

[CollectionDefinition(Name)]
public sealed class PostgresYearsCollection : ICollectionFixture<PostgresPortal>
{
    public const string Name = "PostgreSQL portal (framework years)";
}

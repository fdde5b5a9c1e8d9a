using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Framework;

/// <summary>Framework records for the people, principles and proposal tests, written straight to the portal's database.</summary>
public static class FrameworkTestData
{
    /// <summary>The year a draft is opened for: the Met's 2017/18, rolled forward from its published 2016/17.</summary>
    public static readonly ReportingYear DraftYear = new(2017);

    private static readonly SemaphoreSlim Opening = new(1, 1);

    /// <summary>Opens the Met's 2017/18 draft year with the 2016/17 text copied, once per portal.</summary>
    public static async Task OpenMetDraftYearAsync(this PortalFactory portal)
    {
        await Opening.WaitAsync();
        try
        {
            await portal.WithDbAsync(async db =>
            {
                var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
                if (await db.FrameworkYears.AnyAsync(y => y.OrganisationId == met.Id && y.Year == DraftYear))
                {
                    return 0;
                }

                db.FrameworkYears.Add(new FrameworkYear
                {
                    OrganisationId = met.Id,
                    Year = DraftYear,
                    Status = FrameworkYearStatus.Draft,
                    RolledForwardFrom = DraftYear.Previous,
                    OpenedAtUtc = DateTime.UtcNow,
                });
                var previous = DraftYear.Previous;
                var statements = await db.AreaStatements.AsNoTracking()
                    .Where(s => s.Year == previous && db.GovernanceAreas.Any(a => a.Id == s.GovernanceAreaId && a.OrganisationId == met.Id))
                    .ToListAsync();
                db.AreaStatements.AddRange(statements.Select(s => new AreaStatement
                {
                    GovernanceAreaId = s.GovernanceAreaId,
                    Year = DraftYear,
                    Kind = s.Kind,
                    SubTopic = s.SubTopic,
                    SortOrder = s.SortOrder,
                    Text = s.Text,
                }));
                return await db.SaveChangesAsync();
            });
        }
        finally
        {
            Opening.Release();
        }
    }

    /// <summary>The id of the Met governance area with this reference ("5", "12").</summary>
    public static Task<int> MetAreaIdAsync(this PortalFactory portal, string reference) =>
        portal.WithDbAsync(db => db.GovernanceAreas.Where(a => a.Reference == reference && a.Organisation!.Code == OrganisationCodes.Met).Select(a => a.Id).SingleAsync());

    /// <summary>A new block of text in the draft year for the area (so tests never share a block).</summary>
    public static async Task<int> NewDraftStatementAsync(this PortalFactory portal, int areaId, string text)
    {
        await portal.OpenMetDraftYearAsync();
        return await portal.WithDbAsync(async db =>
        {
            var statement = new AreaStatement { GovernanceAreaId = areaId, Year = DraftYear, Kind = StatementKind.ActivityDuringYear, SubTopic = $"Test {Guid.NewGuid():N}"[..20], SortOrder = 100, Text = text };
            db.AreaStatements.Add(statement);
            await db.SaveChangesAsync();
            return statement.Id;
        });
    }

    public static Task<AreaStatement> StatementAsync(this PortalFactory portal, int id) =>
        portal.WithDbAsync(db => db.AreaStatements.AsNoTracking().SingleAsync(s => s.Id == id));

    public static async Task<GovernanceArea> AreaAsync(PortalFactory portal, string organisationCode, string reference)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var scope = portal.NewScope();
        await using var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser("test"));
        return await db.GovernanceAreas.AsNoTracking().Include(a => a.Statements)
            .SingleAsync(a => a.Organisation!.Code == organisationCode && a.Reference == reference);
    }

    /// <summary>Makes sure the Met's 2017/18 year is open as a draft (rolled forward through the use case).</summary>
    public static async Task EnsureMetDraftAsync(PortalFactory portal)
    {
        var open = await PortalDb.WithDbAsync(portal, db => db.FrameworkYears.AnyAsync(y => y.Organisation!.Code == OrganisationCodes.Met && y.Year == new ReportingYear(2017)));
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

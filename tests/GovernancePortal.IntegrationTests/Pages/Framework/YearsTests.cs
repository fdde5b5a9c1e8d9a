using System.Net;
using AngleSharp.Dom;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Framework;

/// <summary>The Years page (Years.cshtml), on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class YearsTests(SqlitePortal portal)
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.NewClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    [Fact]
    public async Task GetYears_SeededYears_ShowTheDatesTheSourcePapersGive()
    {
        using var met = await SignedInAsync(PortalFactory.Accounts.MetGovernance);
        using var mopac = await SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var (_, metYears) = await met.GetPageAsync("/framework/mps/years");
        var (_, mopacYears) = await mopac.GetPageAsync("/framework/mopac/years");

        static string Row(IDocument page, string year) =>
            page.QuerySelectorAll("main table tbody tr").Single(r => r.QuerySelector("th, td")!.TextContent.Contains(year, StringComparison.Ordinal)).TextContent;
        Assert.Contains("13 June 2017", Row(metYears, "2016/17"), StringComparison.Ordinal);
        Assert.Contains("19 June 2019", Row(mopacYears, "2018/19"), StringComparison.Ordinal);
    }
}

/// <summary>Tests of the Years page that open and publish seeded years (the Met's 2017/18 through the use case, MOPAC's next years), in a portal of their own so the seeded years other tests read stay as seeded: run on SQLite and PostgreSQL.</summary>
public abstract class YearsLifecycleTests(PortalFactory portal)
{
    /// <summary>The Met's statements for a year (optionally of one area), read-only.</summary>
    private static IQueryable<AreaStatement> Statements(Infrastructure.Data.GovernancePortalDbContext db, int year, string? reference = null) =>
        db.AreaStatements.AsNoTracking().Where(s => s.Year == new ReportingYear(year)
            && db.GovernanceAreas.Any(a => a.Id == s.GovernanceAreaId && a.Organisation!.Code == OrganisationCodes.Met && (reference == null || a.Reference == reference)));

    [Fact]
    public async Task OpenNextYear_MetFrom2016_CopiesCodeTextOnlyAndLeavesLastYearUnchanged()
    {
        var before = await PortalDb.WithDbAsync(portal, db => Statements(db, 2016)
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.Text, s.Version, s.Kind }).ToListAsync());

        await FrameworkTestData.EnsureMetDraftAsync(portal);

        var (year, copied, after) = await PortalDb.WithDbAsync(portal, async db =>
        {
            var year = await db.FrameworkYears.AsNoTracking().SingleAsync(y => y.Organisation!.Code == OrganisationCodes.Met && y.Year == new ReportingYear(2017));
            var copied = await Statements(db, 2017)
                .Select(s => s.Kind).ToListAsync();
            var after = await Statements(db, 2016)
                .OrderBy(s => s.Id).Select(s => new { s.Id, s.Text, s.Version, s.Kind }).ToListAsync();
            return (year, copied, after);
        });
        Assert.Equal(FrameworkYearStatus.Draft, year.Status);
        Assert.Equal(new ReportingYear(2016), year.RolledForwardFrom);
        Assert.Equal(before.Count(s => s.Kind == StatementKind.KeyControls), copied.Count(k => k == StatementKind.KeyControls));
        Assert.DoesNotContain(StatementKind.ActivityDuringYear, copied);
        Assert.Equal(before, after);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.NewClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    [Fact]
    public async Task YearLifecycle_Mopac_OpenOncePublishThenOpenNext()
    {
        using var client = await SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var staleTab = await client.GetFormAsync("/framework/mopac/years", "Open");
        var (opened, _) = await client.SubmitFormAsync("/framework/mopac/years", [], "Open");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/framework/mopac/2019-20", opened.Headers.Location!.OriginalString);

        // A second "open" from a tab that still showed 2018/19 as the latest year changes nothing.
        var (again, _) = await staleTab.SubmitAsync();
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("2019/20 has been opened since you loaded this page", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var years = await PortalDb.WithDbAsync(portal, db => db.FrameworkYears.AsNoTracking().Where(y => y.Organisation!.Code == OrganisationCodes.Mopac).ToListAsync());
        var draft = years.Single(y => y.Year == new ReportingYear(2019));
        Assert.Equal(2, years.Count);

        var (published, _) = await client.SubmitFormAsync("/framework/mopac/years", [new("year", "2019-20"), new("version", draft.Version.ToString())], "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var (next, _) = await client.SubmitFormAsync("/framework/mopac/years", [new("latestYear", "2019-20")], "Open");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        var commitments = await PortalDb.WithDbAsync(portal, db => db.AreaStatements.AsNoTracking()
            .CountAsync(s => s.Year == new ReportingYear(2020) && s.Kind == StatementKind.Commitment));
        Assert.True(commitments > 10, $"Only {commitments} commitments were carried forward.");
    }
}

[Collection(SqliteYearsCollection.Name)]
public sealed class SqliteYearsLifecycleTests(SqlitePortal portal) : YearsLifecycleTests(portal);

[Collection(PostgresYearsCollection.Name)]
public sealed class PostgresYearsLifecycleTests(PostgresPortal portal) : YearsLifecycleTests(portal);

using System.Net;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Framework.Text;

/// <summary>The Text/Edit page (Edit.cshtml), on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class EditTests(SqlitePortal portal)
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.NewClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    /// <summary>The Met's statements for a year (optionally of one area), read-only.</summary>
    private static IQueryable<AreaStatement> Statements(Infrastructure.Data.GovernancePortalDbContext db, int year, string? reference = null) =>
        db.AreaStatements.AsNoTracking().Where(s => s.Year == new ReportingYear(year)
            && db.GovernanceAreas.Any(a => a.Id == s.GovernanceAreaId && a.Organisation!.Code == OrganisationCodes.Met && (reference == null || a.Reference == reference)));

    [Fact]
    public async Task EditText_DraftYear_SavesCleanTextAuditsTheChangeAndShowsThatYear()
    {
        await FrameworkTestData.EnsureMetDraftAsync(portal);
        var statement = await PortalDb.WithDbAsync(portal, db => Statements(db, 2017, "8")
            .OrderBy(s => s.Id).FirstAsync());
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/framework/mps/areas/{statement.GovernanceAreaId}/text/{statement.Id}/edit";

        var (response, _) = await client.SubmitFormAsync(url,
        [
            new("Input.SubTopic", "Budget setting"),
            new("Input.Text", "New **key control**\r\n\r\n- one\r\n- two <script>alert(1)</script>"),
            new("Input.Version", statement.Version.ToString()),
        ]);

        Assert.True(HttpStatusCode.Redirect == response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal($"/framework/mps/areas/{statement.GovernanceAreaId}?year=2017-18", response.Headers.Location?.OriginalString);
        var saved = await PortalDb.WithDbAsync(portal, db => db.AreaStatements.AsNoTracking().SingleAsync(s => s.Id == statement.Id));
        Assert.Equal("New **key control**\n\n- one\n- two <script>alert(1)</script>", saved.Text);
        var audit = await PortalDb.WithDbAsync(portal, db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(AreaStatement) && a.EntityKey == statement.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(PortalFactory.Accounts.MetGovernance, audit.UserName);
        Assert.Contains("Budget setting", audit.Changes, StringComparison.Ordinal);

        var (_, page) = await client.GetPageAsync($"/framework/mps/areas/{statement.GovernanceAreaId}?year=2017-18");
        var block = page.QuerySelectorAll(".app-statement").Single(b => b.TextContent.Contains("Budget setting", StringComparison.Ordinal));
        Assert.Equal("key control", block.QuerySelector("strong")!.TextContent);
        Assert.Equal(2, block.QuerySelectorAll("ul.govuk-list--bullet li").Length);
        Assert.Empty(block.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task EditText_PublishedYear_IsRefused()
    {
        var statement = await PortalDb.WithDbAsync(portal, db => Statements(db, 2016)
            .OrderBy(s => s.Id).FirstAsync());
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var response = await client.GetAsync(new Uri($"/framework/mps/areas/{statement.GovernanceAreaId}/text/{statement.Id}/edit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

/// <summary>Tests of the Text/Edit page where the database provider matters (concurrency conflicts, search): run on SQLite and PostgreSQL.</summary>
public abstract class EditProviderTests(PortalFactory portal)
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.NewClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    /// <summary>The Met's statements for a year (optionally of one area), read-only.</summary>
    private static IQueryable<AreaStatement> Statements(Infrastructure.Data.GovernancePortalDbContext db, int year, string? reference = null) =>
        db.AreaStatements.AsNoTracking().Where(s => s.Year == new ReportingYear(year)
            && db.GovernanceAreas.Any(a => a.Id == s.GovernanceAreaId && a.Organisation!.Code == OrganisationCodes.Met && (reference == null || a.Reference == reference)));

    [Fact]
    public async Task EditText_SomeoneElseSavedFirst_ShowsTheirTextAndKeepsMine()
    {
        await FrameworkTestData.EnsureMetDraftAsync(portal);
        var statement = await PortalDb.WithDbAsync(portal, db => Statements(db, 2017, "9")
            .OrderBy(s => s.Id).FirstAsync());
        await PortalDb.WithDbAsync(portal, async db =>
        {
            var stored = await db.AreaStatements.FindAsync(statement.Id);
            stored!.Text = "Their wording, saved first";
            return await db.SaveChangesAsync();
        });
        using var client = await SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await client.SubmitFormAsync($"/framework/mps/areas/{statement.GovernanceAreaId}/text/{statement.Id}/edit",
            [new("Input.Text", "My wording"), new("Input.Version", statement.Version.ToString())]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Their wording, saved first", document.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("My wording", document.QuerySelector("#Input_Text")!.TextContent.Trim());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteEditProviderTests(SqlitePortal portal) : EditProviderTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresEditProviderTests(PostgresPortal portal) : EditProviderTests(portal);

using System.Net;
using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Audit;

/// <summary>/history/{type}/{id}: a record's changes and its rows' changes, deleted rows included, per organisation.</summary>
public abstract class RecordHistoryTests(PortalFactory portal)
{
    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    private async Task<int> MetAreaIdAsync()
    {
        await using var scope = portal.NewScope();
        await using var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser("reader"));
        return await db.GovernanceAreas.Where(a => a.Organisation!.Code == OrganisationCodes.Met).OrderBy(a => a.SortOrder).Select(a => a.Id).FirstAsync();
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.NewClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    [Fact]
    public async Task GetHistory_AfterEditThroughDbContext_ShowsWhoAndOldToNew()
    {
        var id = await MetAreaIdAsync();
        var newDescription = Unique("Leadership and culture, reviewed");
        string oldDescription;
        await using (var scope = portal.NewScope())
        await using (var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser("editor@example.org")))
        {
            var area = await db.GovernanceAreas.SingleAsync(a => a.Id == id);
            oldDescription = area.Description;
            area.Description = newDescription;
            await db.SaveChangesAsync();
        }

        using var client = await SignedInAsync(PortalFactory.Accounts.Admin);
        var (response, document) = await client.GetPageAsync($"/history/governance-area/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("History: Met area", document.QuerySelector("h1")?.TextContent.Trim(), StringComparison.Ordinal);
        var latest = document.QuerySelector(".app-history__event");
        Assert.NotNull(latest);
        Assert.Equal("Changed: Governance area", latest.QuerySelector(".govuk-summary-card__title")?.TextContent.Trim());
        Assert.Contains("by editor@example.org", latest.QuerySelector(".app-history__meta")?.TextContent, StringComparison.Ordinal);
        var row = Assert.Single(latest.QuerySelectorAll(".govuk-summary-list__row"));
        Assert.Equal("What the area covers", row.QuerySelector("dt")?.TextContent.Trim());
        var value = row.QuerySelector("dd")!.TextContent;
        Assert.Contains(newDescription, value, StringComparison.Ordinal);
        Assert.Contains(oldDescription.Length > 120 ? oldDescription[..40] : oldDescription, value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetHistory_ChildStatementDeleted_StillShowsItsChangesEncoded()
    {
        var id = await MetAreaIdAsync();
        var subTopic = Unique("Corporate risk register");
        await using (var scope = portal.NewScope())
        await using (var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser("editor@example.org")))
        {
            var statement = new AreaStatement
            {
                GovernanceAreaId = id,
                Year = new ReportingYear(2026),
                Kind = StatementKind.KeyControls,
                SubTopic = subTopic,
                Text = "First line <script>alert('x')</script>\nSecond line",
            };
            db.AreaStatements.Add(statement);
            await db.SaveChangesAsync();
            statement.Text = "Reworded";
            await db.SaveChangesAsync();
            db.AreaStatements.Remove(statement);
            await db.SaveChangesAsync();
        }

        using var client = await SignedInAsync(PortalFactory.Accounts.Auditor);
        var (response, document) = await client.GetPageAsync($"/history/governance-area/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var titles = document.QuerySelectorAll(".govuk-summary-card__title").Select(t => t.TextContent.Trim()).ToList();
        var label = $"Key controls – {subTopic}, 2026/27";
        Assert.Equal(["Deleted: " + label, "Changed: " + label, "Created: " + label], titles.Where(t => t.Contains(subTopic, StringComparison.Ordinal)));
        Assert.Contains("<script>alert('x')</script>", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("main script"));
        Assert.NotNull(document.QuerySelector("main details.govuk-details"));
    }

    [Fact]
    public async Task GetHistory_MetRecordAsMopacGovernance_IsForbidden()
    {
        var id = await MetAreaIdAsync();
        using var client = await SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var response = await client.GetAsync(new Uri($"/history/governance-area/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(PortalFactory.Accounts.Auditor)]
    [InlineData(PortalFactory.Accounts.MetGovernance)]
    public async Task GetHistory_MetRecordAsAuditorOrMetGovernance_IsShown(string email)
    {
        var id = await MetAreaIdAsync();
        using var client = await SignedInAsync(email);
        var (response, document) = await client.GetPageAsync($"/history/governance-area/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(document.QuerySelectorAll(".govuk-summary-card__title"), t => t.TextContent.Trim() == "Created: Governance area");
    }

    [Fact]
    public async Task GetHistory_PanelMember_IsForbidden()
    {
        var id = await MetAreaIdAsync();
        using var client = await SignedInAsync(PortalFactory.Accounts.Panel);
        var response = await client.GetAsync(new Uri($"/history/governance-area/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/history/no-such-type/1")]
    [InlineData("/history/governance-area/999999")]
    public async Task GetHistory_UnknownTypeOrId_IsNotFound(string url)
    {
        using var client = await SignedInAsync(PortalFactory.Accounts.Admin);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteRecordHistoryTests(SqlitePortal portal) : RecordHistoryTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresRecordHistoryTests(PostgresPortal portal) : RecordHistoryTests(portal);

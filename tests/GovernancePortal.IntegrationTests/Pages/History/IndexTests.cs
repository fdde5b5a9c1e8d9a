using System.Net;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Pages.Admin.Audit;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.History;

/// <summary>
/// /history/{type}/{id}: a record's changes and its rows' changes, deleted rows included (found by a text search of the
/// audit entries: both providers), per organisation.
/// </summary>
public abstract class IndexTests(PortalFactory portal)
{
    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    [Fact]
    public async Task GetHistory_AfterEditThroughDbContext_ShowsWhoAndOldToNew()
    {
        var oldDescription = Unique("Leadership and culture");
        var id = await portal.NewMetAreaAsync("creator@example.org", oldDescription);
        var newDescription = Unique("Leadership and culture, reviewed");
        await portal.WithDbAsync("editor@example.org", async db =>
        {
            var area = await db.GovernanceAreas.SingleAsync(a => a.Id == id);
            area.Description = newDescription;
            return await db.SaveChangesAsync();
        });

        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
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
        Assert.Contains(oldDescription, value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetHistory_ChildStatementDeleted_StillShowsItsChangesEncoded()
    {
        var id = await portal.NewMetAreaAsync("creator@example.org", Unique("Statements area"));
        var subTopic = Unique("Corporate risk register");
        await portal.WithDbAsync("editor@example.org", async db =>
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
            return await db.SaveChangesAsync();
        });

        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);
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
        var id = await portal.NewMetAreaAsync("creator@example.org", Unique("Forbidden area"));
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        var response = await client.GetAsync(new Uri($"/history/governance-area/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(PortalFactory.Accounts.Auditor)]
    [InlineData(PortalFactory.Accounts.MetGovernance)]
    public async Task GetHistory_MetRecordAsAuditorOrMetGovernance_IsShown(string email)
    {
        var id = await portal.NewMetAreaAsync("creator@example.org", Unique("Shown area"));
        using var client = await portal.SignedInAsync(email);
        var (response, document) = await client.GetPageAsync($"/history/governance-area/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(document.QuerySelectorAll(".govuk-summary-card__title"), t => t.TextContent.Trim() == "Created: Governance area");
    }

    [Fact]
    public async Task GetHistory_PanelMember_IsForbidden()
    {
        var id = await portal.NewMetAreaAsync("creator@example.org", Unique("Panel area"));
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        var response = await client.GetAsync(new Uri($"/history/governance-area/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/history/no-such-type/1")]
    [InlineData("/history/governance-area/999999")]
    public async Task GetHistory_UnknownTypeOrId_IsNotFound(string url)
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    public async Task GetHistory_BackToAnotherSite_LinksHomeInstead(string back)
    {
        var id = await portal.NewMetAreaAsync("creator@example.org", Unique("Back link area"));
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var (_, document) = await client.GetPageAsync($"/history/governance-area/{id}?back={Uri.EscapeDataString(back)}");
        Assert.Equal("/", document.QuerySelector("a.govuk-back-link")?.GetAttribute("href"));
    }

    [Fact]
    public async Task History_Fields_AreNamedAsOnTheForms()
    {
        var (actionId, actor) = await portal.NewActionEntryAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);

        var (response, document) = await client.GetPageAsync($"/history/improvement-action/{actionId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = document.QuerySelectorAll(".app-history__event").First(e => e.TextContent.Contains(actor, StringComparison.Ordinal));
        var keys = card.QuerySelectorAll(".govuk-summary-list__key").Select(k => k.TextContent.Trim()).ToList();
        Assert.Contains("RAG overridden on", keys);
        Assert.Contains("Improvement area", keys);
        Assert.All(AuditTestData.InternalNames, name => Assert.DoesNotContain(name, card.TextContent, StringComparison.Ordinal));
    }
}

[Collection(SqliteCollectionB.Name)]
public sealed class SqliteIndexTests(SqlitePortal portal) : IndexTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresIndexTests(PostgresPortal portal) : IndexTests(portal);

/// <summary>
/// The history pages show a framework year's unpublished text (its blocks, deleted blocks and proposed wording) only
/// to those who may read that organisation's drafts: never to the administrator, nor to an auditor or governance
/// officer of the other organisation. (The audit log's side is in Pages/Admin/Audit/IndexTests.cs.)
/// </summary>
public abstract class DraftHistoryTests(DraftAuditPortal portal)
{
    [Theory]
    [InlineData(PortalFactory.Accounts.Admin, HttpStatusCode.OK, false)]
    [InlineData(AuditTestData.MopacAuditor, HttpStatusCode.Forbidden, false)]
    [InlineData(PortalFactory.Accounts.MopacGovernance, HttpStatusCode.Forbidden, false)]
    [InlineData(PortalFactory.Accounts.Auditor, HttpStatusCode.OK, true)]
    [InlineData(PortalFactory.Accounts.MetGovernance, HttpStatusCode.OK, true)]
    public async Task AreaHistory_MetDraft_ShownOnlyToThoseWhoMayReadMetDrafts(string viewer, HttpStatusCode status, bool sees)
    {
        var draft = await portal.NewMetDraftAsync();
        using var client = await portal.ViewerAsync(viewer);

        var response = await client.GetAsync(new Uri($"/history/governance-area/{draft.AreaId}", UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(sees, html.Contains(draft.Marker, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(PortalFactory.Accounts.Admin, HttpStatusCode.Forbidden)]
    [InlineData(AuditTestData.MopacAuditor, HttpStatusCode.Forbidden)]
    [InlineData(PortalFactory.Accounts.MopacGovernance, HttpStatusCode.Forbidden)]
    [InlineData(PortalFactory.Accounts.Auditor, HttpStatusCode.OK)]
    [InlineData(PortalFactory.Accounts.MetGovernance, HttpStatusCode.OK)]
    public async Task DraftYearHistory_OnlyThoseWhoMayReadMetDrafts_CanOpenIt(string viewer, HttpStatusCode status)
    {
        var draft = await portal.NewMetDraftAsync();
        using var client = await portal.ViewerAsync(viewer);

        Assert.Equal(status, (await client.GetAsync(new Uri($"/history/framework-year/{draft.YearId}", UriKind.Relative))).StatusCode);
    }
}

[Collection(SqliteDraftAuditCollection.Name)]
public sealed class SqliteDraftHistoryTests(SqliteDraftAuditPortal portal) : DraftHistoryTests(portal);

[Collection(PostgresDraftAuditCollection.Name)]
public sealed class PostgresDraftHistoryTests(PostgresDraftAuditPortal portal) : DraftHistoryTests(portal);

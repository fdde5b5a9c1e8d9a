using System.Net;
using System.Text;
using AngleSharp.Dom;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Admin.Audit;

/// <summary>/admin/audit: permission, paging, filters (LIKE on the user name: both providers), names as on the forms.</summary>
public abstract class IndexTests(PortalFactory portal)
{
    [Fact]
    public async Task GetAuditLog_PanelMember_IsForbidden()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/admin/audit", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData(PortalFactory.Accounts.Admin)]
    [InlineData(PortalFactory.Accounts.Auditor)]
    public async Task GetAuditLog_AdministratorOrAuditor_ShowsNewestFirstPagedWithNavigation(string email)
    {
        // An entry of the test's own, written now, is the newest.
        var (_, actor, _) = await portal.NewPersonAsync();
        using var client = await portal.SignedInAsync(email);
        var (response, document) = await client.GetPageAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(document.QuerySelectorAll(".govuk-service-navigation__link"), a => a.TextContent.Trim() == "Audit log" && a.GetAttribute("href") == "/admin/audit");
        Assert.Equal(50, document.QuerySelectorAll("tbody tr").Length);
        var times = document.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("td:nth-child(2)")?.TextContent.Trim()).ToList();
        Assert.Contains(actor, times.Take(10));
        Assert.NotNull(document.QuerySelector("nav.govuk-pagination a[rel=next][href='/admin/audit?page=2']"));
        var (second, secondPage) = await client.GetPageAsync("/admin/audit?page=2");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("page", secondPage.QuerySelector(".govuk-pagination__item--current a")?.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task GetAuditLog_SignedInThroughTheForm_ShowsTheSignInAsTheNewestEntryOfThatUser()
    {
        // The sign-in itself is audited (the account pages' tests check the entries; this checks the log shows them).
        using var client = portal.NewClient();
        await client.SignInOrFailAsync(PortalFactory.Accounts.Auditor);
        var (_, document) = await client.GetPageAsync($"/admin/audit?user={Uri.EscapeDataString(PortalFactory.Accounts.Auditor)}");
        Assert.Equal("Signed in", document.QuerySelector("tbody tr td:nth-child(3)")?.TextContent.Trim());
        Assert.Equal(PortalFactory.Accounts.Auditor, document.QuerySelector("tbody tr td:nth-child(2)")?.TextContent.Trim());
    }

    [Fact]
    public async Task GetAuditLog_Filters_SelectOnlyMatchingEntries()
    {
        var (id, actor, _) = await portal.NewPersonAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var (response, document) = await client.GetPageAsync($"/admin/audit?user={actor[..12].ToUpperInvariant()}&type=Person&action=Insert&key={id}&from=2020-01-01&to=2099-12-31");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(document.QuerySelectorAll("tbody tr"));
        Assert.Equal(actor, row.QuerySelector("td:nth-child(2)")?.TextContent.Trim());
        Assert.Equal("Person", document.QuerySelector("#type option[selected]")?.GetAttribute("value"));

        var (_, none) = await client.GetPageAsync($"/admin/audit?user={actor}&action=Delete");
        Assert.Empty(none.QuerySelectorAll("tbody tr"));
        var (_, before) = await client.GetPageAsync($"/admin/audit?user={actor}&to=2020-01-01");
        Assert.Empty(before.QuerySelectorAll("tbody tr"));
        var (_, sinceToday) = await client.GetPageAsync($"/admin/audit?user={actor}&from={today}");
        Assert.Single(sinceToday.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task GetAuditLog_RecordWithHistory_LinksToItsHistoryAndBackToTheFilteredLog()
    {
        var (id, actor, _) = await portal.NewPersonAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);

        var (_, document) = await client.GetPageAsync($"/admin/audit?user={actor}");
        var link = Assert.Single(document.QuerySelectorAll("tbody tr td:nth-child(4) a")).GetAttribute("href")!;
        Assert.Equal($"/history/person/{id}", link.Split('?')[0]);

        var (history, page) = await client.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        Assert.Equal($"/admin/audit?user={actor}", Uri.UnescapeDataString(page.QuerySelector("a.govuk-back-link")!.GetAttribute("href")!));
    }

    [Fact]
    public async Task GetAuditLog_InvalidDates_ShowsErrorsWith400()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var (response, document) = await client.GetPageAsync("/admin/audit?from=2026-02-30&to=yesterday&action=Hack");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string[] expected =
        [
            "Date from must be a real date, like 2026-12-01",
            "Date to must be a real date, like 2026-12-31",
            "Select an action from the list",
        ];
        Assert.True(expected.SequenceEqual(document.ErrorSummary()), string.Join(" | ", document.ErrorSummary()));
        Assert.Equal("#from", document.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
        Assert.Equal("2026-02-30", document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#from")?.Value);

        var (reversed, page) = await client.GetPageAsync("/admin/audit?from=2026-12-02&to=2026-12-01");
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Equal(["Date to must be the same as or after date from"], page.ErrorSummary());
    }

    [Fact]
    public async Task AuditLog_RecordTypesAndFields_AreNamedAsOnTheForms()
    {
        var (_, actor) = await portal.NewActionEntryAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);

        var (_, document) = await client.GetPageAsync($"/admin/audit?user={Uri.EscapeDataString(actor)}");
        var row = Assert.Single(document.QuerySelectorAll("tbody tr"));
        var record = row.QuerySelector("td:nth-child(4)")!.TextContent;
        var details = row.QuerySelector("td:nth-child(5)")!.TextContent;
        Assert.StartsWith("Improvement action", record.Trim(), StringComparison.Ordinal);
        Assert.Contains("RAG overridden on", details, StringComparison.Ordinal);
        Assert.Contains("RAG override", details, StringComparison.Ordinal);
        Assert.Contains("Improvement area", details, StringComparison.Ordinal);
        Assert.Contains("Owner says it is at risk", details, StringComparison.Ordinal);
        Assert.All(AuditTestData.InternalNames, name => Assert.DoesNotContain(name, record + details, StringComparison.Ordinal));

        var options = document.QuerySelectorAll("#type option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains("Improvement action", options);
        Assert.Contains("Governance area", options);
        Assert.DoesNotContain("ImprovementAction", options);
        Assert.DoesNotContain("GovernanceArea", options);
        Assert.Equal("ImprovementAction", document.QuerySelectorAll("#type option").Single(o => o.TextContent.Trim() == "Improvement action").GetAttribute("value"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteIndexTests(SqlitePortal portal) : IndexTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresIndexTests(PostgresPortal portal) : IndexTests(portal);

/// <summary>
/// The audit log and its CSV export show a framework year's unpublished text (its blocks, deleted blocks and proposed
/// wording) only to those who may read that organisation's drafts: never to the administrator, nor to an auditor of
/// the other organisation. (The history pages' side is in Pages/History/IndexTests.cs.)
/// </summary>
public abstract class DraftVisibilityTests(DraftAuditPortal portal)
{
    [Theory]
    [InlineData(PortalFactory.Accounts.Admin, false)]
    [InlineData(AuditTestData.MopacAuditor, false)]
    [InlineData(PortalFactory.Accounts.Auditor, true)]
    public async Task AuditLog_MetDraft_ShownOnlyToThoseWhoMayReadMetDrafts(string viewer, bool sees)
    {
        var draft = await portal.NewMetDraftAsync();
        using var client = await portal.ViewerAsync(viewer);

        var (response, document) = await client.GetPageAsync($"/admin/audit?user={Uri.EscapeDataString(draft.Actor)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = document.Body!.InnerHtml;
        // Created ×3, changed, deleted: all five entries, or none (and the count says so).
        Assert.Equal(sees ? 5 : 0, document.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(sees, html.Contains(draft.Marker, StringComparison.Ordinal));
        foreach (var (type, key) in new[] { ("AreaStatement", draft.StatementId), ("AreaStatement", draft.DeletedId), ("StatementProposal", draft.ProposalId), ("FrameworkYear", draft.YearId) })
        {
            var (_, byKey) = await client.GetPageAsync($"/admin/audit?type={type}&key={key}");
            Assert.Equal(sees, byKey.QuerySelectorAll("tbody tr").Length > 0);
        }

        var export = await client.GetAsync(new Uri($"/admin/audit/export?user={Uri.EscapeDataString(draft.Actor)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var csv = Encoding.UTF8.GetString(await export.Content.ReadAsByteArrayAsync());
        Assert.Equal(sees, csv.Contains(draft.Marker, StringComparison.Ordinal));
        Assert.Equal(sees ? 6 : 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        // The whole log, unfiltered, never carries the text either.
        var (_, all) = await client.GetPageAsync("/admin/audit");
        Assert.Equal(sees, all.Body!.InnerHtml.Contains(draft.Marker, StringComparison.Ordinal));
    }
}

[Collection(SqliteDraftAuditCollection.Name)]
public sealed class SqliteDraftVisibilityTests(SqliteDraftAuditPortal portal) : DraftVisibilityTests(portal);

[Collection(PostgresDraftAuditCollection.Name)]
public sealed class PostgresDraftVisibilityTests(PostgresDraftAuditPortal portal) : DraftVisibilityTests(portal);

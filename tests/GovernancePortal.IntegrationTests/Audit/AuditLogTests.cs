using AngleSharp.Dom;
using System.Net;
using System.Text;
using GovernancePortal.Application.Common;
using GovernancePortal.Domain.People;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Audit;

/// <summary>/admin/audit and its CSV export: filters, paging, permission, formula-safe cells.</summary>
public abstract class AuditLogTests(PortalFactory portal)
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.NewClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    /// <summary>Adds a person as a distinctive actor whose post starts with "=" (a spreadsheet formula).</summary>
    private async Task<(int Id, string Actor, string Post)> NewPersonAsync()
    {
        var actor = $"csv-{Guid.NewGuid():N}@example.org";
        var post = "=HYPERLINK(\"http://evil.example\",\"click\"), Director";
        await using var scope = portal.NewScope();
        await using var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser(actor));
        var met = await db.Organisations.SingleAsync(o => o.Code == "MPS");
        var person = new Person { OrganisationId = met.Id, JobTitle = post };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return (person.Id, actor, post);
    }

    [Fact]
    public async Task GetAuditLog_PanelMember_IsForbidden()
    {
        using var client = await SignedInAsync(PortalFactory.Accounts.Panel);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/admin/audit", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/admin/audit/export", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData(PortalFactory.Accounts.Admin)]
    [InlineData(PortalFactory.Accounts.Auditor)]
    public async Task GetAuditLog_AdministratorOrAuditor_ShowsNewestFirstPagedWithNavigation(string email)
    {
        using var client = await SignedInAsync(email);
        var (response, document) = await client.GetPageAsync("/admin/audit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(document.QuerySelectorAll(".govuk-service-navigation__link"), a => a.TextContent.Trim() == "Audit log" && a.GetAttribute("href") == "/admin/audit");
        Assert.Equal(50, document.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Signed in", document.QuerySelector("tbody tr td:nth-child(3)")?.TextContent.Trim());
        Assert.Equal(email, document.QuerySelector("tbody tr td:nth-child(2)")?.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("nav.govuk-pagination a[rel=next][href='/admin/audit?page=2']"));
        var (second, secondPage) = await client.GetPageAsync("/admin/audit?page=2");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("page", secondPage.QuerySelector(".govuk-pagination__item--current a")?.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task GetAuditLog_Filters_SelectOnlyMatchingEntries()
    {
        var (id, actor, _) = await NewPersonAsync();
        using var client = await SignedInAsync(PortalFactory.Accounts.Admin);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var (response, document) = await client.GetPageAsync($"/admin/audit?user={actor[..12].ToUpperInvariant()}&type=Person&action=Insert&key={id}&from=2020-01-01&to=2099-12-31");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(document.QuerySelectorAll("tbody tr"));
        Assert.Equal(actor, row.QuerySelector("td:nth-child(2)")?.TextContent.Trim());
        Assert.Equal($"/history/person/{id}", row.QuerySelector("td:nth-child(4) a")?.GetAttribute("href")?.Split('?')[0]);
        Assert.Equal("Person", document.QuerySelector("#type option[selected]")?.GetAttribute("value"));

        var (_, none) = await client.GetPageAsync($"/admin/audit?user={actor}&action=Delete");
        Assert.Empty(none.QuerySelectorAll("tbody tr"));
        var (_, before) = await client.GetPageAsync($"/admin/audit?user={actor}&to=2020-01-01");
        Assert.Empty(before.QuerySelectorAll("tbody tr"));
        var (_, sinceToday) = await client.GetPageAsync($"/admin/audit?user={actor}&from={today}");
        Assert.Single(sinceToday.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task GetAuditLog_InvalidDates_ShowsErrorsWith400()
    {
        using var client = await SignedInAsync(PortalFactory.Accounts.Admin);
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
    public async Task Export_Filtered_IsFormulaSafeCsvWithHeaderAndRows()
    {
        var (id, actor, _) = await NewPersonAsync();
        using var client = await SignedInAsync(PortalFactory.Accounts.Auditor);
        var (_, log) = await client.GetPageAsync($"/admin/audit?user={actor}");
        var export = log.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Export CSV", StringComparison.Ordinal)).GetAttribute("href");
        Assert.Equal($"/admin/audit/export?user={actor}", Uri.UnescapeDataString(export!));

        var response = await client.GetAsync(new Uri(export!, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition?.DispositionType, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n");
        Assert.Equal("When (London),When (UTC),User,User id,Record type,Record key,Action,Changes", lines[0]);
        Assert.Equal(3, lines.Length); // header, one row, and the empty string after the last CRLF
        Assert.Contains($",{actor},,Person,{id},Created,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\nJob title: =HYPERLINK(", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",=", lines[1], StringComparison.Ordinal);
    }

    /// <summary>An entry as the interceptor writes it for an improvement action whose RAG was overridden.</summary>
    private async Task<(int ActionId, string Actor)> NewActionEntryAsync()
    {
        var actor = $"names-{Guid.NewGuid():N}@example.org";
        await using var scope = portal.NewScope();
        await using var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser(actor));
        var action = await db.ImprovementActions.OrderBy(a => a.Id).Select(a => new { a.Id, a.AreaId }).FirstAsync();
        db.AuditEntries.Add(new GovernancePortal.Domain.Auditing.AuditEntry
        {
            OccurredAtUtc = DateTime.UtcNow,
            UserName = actor,
            EntityType = "ImprovementAction",
            EntityKey = action.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Action = GovernancePortal.Domain.Auditing.AuditAction.Update,
            Changes = $$$"""{"RagOverride":{"old":null,"new":"Red"},"RagOverriddenAtUtc":{"old":null,"new":"2026-12-01T14:05:00.0000000Z"},"AreaId":{"old":{{{action.AreaId}}},"new":{{{action.AreaId}}}},"OwnerReportsAtRisk":{"old":false,"new":true}}""",
        });
        await db.SaveChangesAsync();
        return (action.Id, actor);
    }

    private static readonly string[] InternalNames = ["ImprovementAction", "RagOverriddenAtUtc", "Rag overridden at utc", "Area id", "AreaId", "Owner reports at risk", "RagOverride"];

    [Fact]
    public async Task AuditLog_RecordTypesAndFields_AreNamedAsOnTheForms()
    {
        var (_, actor) = await NewActionEntryAsync();
        using var client = await SignedInAsync(PortalFactory.Accounts.Admin);

        var (_, document) = await client.GetPageAsync($"/admin/audit?user={Uri.EscapeDataString(actor)}");
        var row = Assert.Single(document.QuerySelectorAll("tbody tr"));
        var record = row.QuerySelector("td:nth-child(4)")!.TextContent;
        var details = row.QuerySelector("td:nth-child(5)")!.TextContent;
        Assert.StartsWith("Improvement action", record.Trim(), StringComparison.Ordinal);
        Assert.Contains("RAG overridden on", details, StringComparison.Ordinal);
        Assert.Contains("RAG override", details, StringComparison.Ordinal);
        Assert.Contains("Improvement area", details, StringComparison.Ordinal);
        Assert.Contains("Owner says it is at risk", details, StringComparison.Ordinal);
        Assert.All(InternalNames, name => Assert.DoesNotContain(name, record + details, StringComparison.Ordinal));

        var options = document.QuerySelectorAll("#type option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains("Improvement action", options);
        Assert.Contains("Governance area", options);
        Assert.DoesNotContain("ImprovementAction", options);
        Assert.DoesNotContain("GovernanceArea", options);
        Assert.Equal("ImprovementAction", document.QuerySelectorAll("#type option").Single(o => o.TextContent.Trim() == "Improvement action").GetAttribute("value"));

        var csv = Encoding.UTF8.GetString(await (await client.GetAsync(new Uri($"/admin/audit/export?user={Uri.EscapeDataString(actor)}", UriKind.Relative))).Content.ReadAsByteArrayAsync());
        Assert.Contains(",Improvement action,", csv, StringComparison.Ordinal);
        Assert.Contains(",Changed,", csv, StringComparison.Ordinal);
        Assert.Contains("RAG overridden on: (none) → 1 December 2026 at 2:05pm", csv, StringComparison.Ordinal);
        Assert.All(InternalNames, name => Assert.DoesNotContain(name, csv, StringComparison.Ordinal));
    }

    [Fact]
    public async Task History_Fields_AreNamedAsOnTheForms()
    {
        var (actionId, actor) = await NewActionEntryAsync();
        using var client = await SignedInAsync(PortalFactory.Accounts.Admin);

        var (response, document) = await client.GetPageAsync($"/history/improvement-action/{actionId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = document.QuerySelectorAll(".app-history__event").First(e => e.TextContent.Contains(actor, StringComparison.Ordinal));
        var keys = card.QuerySelectorAll(".govuk-summary-list__key").Select(k => k.TextContent.Trim()).ToList();
        Assert.Contains("RAG overridden on", keys);
        Assert.Contains("Improvement area", keys);
        Assert.All(InternalNames, name => Assert.DoesNotContain(name, card.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_CellStartingWithEquals_IsPrefixedWithQuote()
    {
        var actor = $"=cmd|' /C calc'!A0 {Guid.NewGuid():N}";
        await using (var scope = portal.NewScope())
        await using (var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser(actor)))
        {
            var met = await db.Organisations.SingleAsync(o => o.Code == "MPS");
            db.People.Add(new Person { OrganisationId = met.Id, JobTitle = "Formula test" });
            await db.SaveChangesAsync();
        }

        using var client = await SignedInAsync(PortalFactory.Accounts.Admin);
        var response = await client.GetAsync(new Uri($"/admin/audit/export?user={Uri.EscapeDataString(actor[^32..])}", UriKind.Relative));
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        var row = text.Split("\r\n")[1];
        Assert.Contains(",'=cmd|' /C calc'!A0 ", row, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAuditLogTests(SqlitePortal portal) : AuditLogTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditLogTests(PostgresPortal portal) : AuditLogTests(portal);

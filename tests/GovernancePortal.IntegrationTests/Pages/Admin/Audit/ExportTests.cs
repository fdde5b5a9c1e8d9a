using System.Net;
using System.Text;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Admin.Audit;

/// <summary>/admin/audit/export: the log's filters (both providers) as a formula-safe CSV attachment.</summary>
public abstract class ExportTests(PortalFactory portal)
{
    [Fact]
    public async Task Export_PanelMember_IsForbidden()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/admin/audit/export", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Export_Filtered_IsFormulaSafeCsvWithHeaderAndRows()
    {
        var (id, actor, _) = await portal.NewPersonAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);
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

    [Fact]
    public async Task Export_CellStartingWithEquals_IsPrefixedWithQuote()
    {
        var actor = $"=cmd|' /C calc'!A0 {Guid.NewGuid():N}";
        await portal.NewPersonAsync(actor, "Formula test");

        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var response = await client.GetAsync(new Uri($"/admin/audit/export?user={Uri.EscapeDataString(actor[^32..])}", UriKind.Relative));
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        var row = text.Split("\r\n")[1];
        Assert.Contains(",'=cmd|' /C calc'!A0 ", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_RecordTypesAndFields_AreNamedAsOnTheForms()
    {
        var (_, actor) = await portal.NewActionEntryAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);

        var csv = Encoding.UTF8.GetString(await (await client.GetAsync(new Uri($"/admin/audit/export?user={Uri.EscapeDataString(actor)}", UriKind.Relative))).Content.ReadAsByteArrayAsync());
        Assert.Contains(",Improvement action,", csv, StringComparison.Ordinal);
        Assert.Contains(",Changed,", csv, StringComparison.Ordinal);
        Assert.Contains("RAG overridden on: (none) → 1 December 2026 at 2:05pm", csv, StringComparison.Ordinal);
        Assert.All(AuditTestData.InternalNames, name => Assert.DoesNotContain(name, csv, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_InvalidFilters_RedirectsToTheLogWithTheSameFilters()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var response = await client.GetAsync(new Uri("/admin/audit/export?from=2026-02-30&user=someone", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/audit?from=2026-02-30&user=someone", response.Headers.Location?.OriginalString);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteExportTests(SqlitePortal portal) : ExportTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresExportTests(PostgresPortal portal) : ExportTests(portal);

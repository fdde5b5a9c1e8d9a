using System.Net;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.IntegrationTests.Pages.Improvement;

/// <summary>The action register: filters, search and paging (on each provider), and its title.</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class RegisterTests(SqlitePortal portal)
{
    [Fact]
    public async Task Register_PlainVisit_TitleDoesNotAnnounceAnError()
    {
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, document) = await panel.GetPageAsync("/improvement/register");
        var (_, filtered) = await panel.GetPageAsync("/improvement/register?org=MPS&rag=Red&overdue=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Improvement action register", document.Title, StringComparison.Ordinal);
        Assert.StartsWith("Improvement action register", filtered.Title, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector(".govuk-error-summary"));
    }
}

public abstract class RegisterFilterTests(PortalFactory portal)
{
    [Fact]
    public async Task Register_FilteredBySlippedAndRag_ListsOnlyMatchingActions()
    {
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (_, slipped) = await panel.GetPageAsync("/improvement/register?org=MOPAC&slipped=true");
        var (_, amber) = await panel.GetPageAsync("/improvement/register?org=MOPAC&rag=Amber&status=Open");

        var slippedCodes = slipped.QuerySelectorAll("main .app-action-table tbody tr td:first-child a strong").Select(s => s.TextContent).ToList();
        // MOPAC's principles (and so its plan's areas) are in the order of its AGS review: C–G, then A and B.
        Assert.Equal(["C1", "D1", "F3", "F10", "G8", "A2", "B1"], slippedCodes);
        Assert.Equal(6, amber.QuerySelectorAll("main .app-action-table tbody tr").Length);
    }
}

[Collection(SqliteCollectionB.Name)]
public sealed class SqliteRegisterFilterTests(SqlitePortal portal) : RegisterFilterTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresRegisterFilterTests(PostgresPortal portal) : RegisterFilterTests(portal);

public abstract class RegisterPagingTests(PortalFactory portal)
{
    [Fact]
    public async Task Register_NextPageLink_ShowsRows51To100WithoutAnError()
    {
        var (plan, _) = await portal.ManyActionsPlanAsync();
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        var (_, first) = await panel.GetPageAsync($"/improvement/register?plan={plan}");
        var next = first.QuerySelector("main nav.govuk-pagination a[rel=next]")!.GetAttribute("href")!;

        var (response, second) = await panel.GetPageAsync(next);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([.. Enumerable.Range(1, 50).Select(i => $"IA1-{i:000}")], ImprovementTestData.ActionCodes(first));
        Assert.Equal([.. Enumerable.Range(51, 50).Select(i => $"IA1-{i:000}")], ImprovementTestData.ActionCodes(second));
        Assert.Contains("page 2 of 3", second.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Error", second.Title, StringComparison.Ordinal);
    }
}

[Collection(SqliteManyActionsCollection.Name)]
public sealed class SqliteRegisterPagingTests(SqlitePortal portal) : RegisterPagingTests(portal);

[Collection(PostgresManyActionsCollection.Name)]
public sealed class PostgresRegisterPagingTests(PostgresPortal portal) : RegisterPagingTests(portal);

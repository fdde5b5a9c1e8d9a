using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Framework;

/// <summary>Tests of the Search page where the database provider matters (concurrency conflicts, search): run on SQLite and PostgreSQL.</summary>
public abstract class SearchProviderTests(PortalFactory portal)
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = portal.NewClient();
        await client.SignInOrFailAsync(email);
        return client;
    }

    [Fact]
    public async Task Search_WordsInText_FindsAreasAcrossOrganisationsIgnoringCase()
    {
        using var client = await SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, document) = await client.GetPageAsync("/framework/search?q=RISK+register");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hits = document.QuerySelectorAll(".app-search-results__item h3 a").Select(a => a.TextContent.Trim()).ToList();
        Assert.NotEmpty(hits);
        Assert.Contains(hits, h => h.StartsWith("Met ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_Empty_ShowsErrorWith400()
    {
        using var client = await SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, document) = await client.GetPageAsync("/framework/search?q=");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter words to search for"], document.ErrorSummary());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSearchProviderTests(SqlitePortal portal) : SearchProviderTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchProviderTests(PostgresPortal portal) : SearchProviderTests(portal);

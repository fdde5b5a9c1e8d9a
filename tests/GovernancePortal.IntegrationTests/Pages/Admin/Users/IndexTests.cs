using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Admin.Users;

/// <summary>/admin/users: administrators only; search by name or e-mail address (LIKE: both providers).</summary>
public abstract class IndexTests(PortalFactory portal)
{
    [Theory]
    [InlineData(PortalFactory.Accounts.MetGovernance)]
    [InlineData(PortalFactory.Accounts.Lead)]
    [InlineData(PortalFactory.Accounts.Panel)]
    public async Task GetUsers_NotAnAdministrator_IsForbidden(string email)
    {
        using var client = await portal.SignedInAsync(email);

        var (response, document) = await client.GetPageAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You do not have permission to view this page", document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task GetUsers_Administrator_ListsDemoAccounts()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);
        var (response, document) = await client.GetPageAsync("/admin/users?search=example.org");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var emails = document.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains(PortalFactory.Accounts.Lead, emails);
        Assert.Contains(PortalFactory.Accounts.MopacGovernance, emails);
    }

    [Fact]
    public async Task GetUsers_SearchByPartOfTheName_FindsOnlyThatUserAndLinksToTheirEditPage()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var id = await portal.NewUserAsync(UserTestData.NewEmail(), displayName: $"Searchable {marker} Person");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Admin);

        var (_, document) = await client.GetPageAsync($"/admin/users?search={marker.ToUpperInvariant()}");

        var row = Assert.Single(document.QuerySelectorAll("tbody tr"));
        Assert.Equal($"/admin/users/edit/{id}", row.QuerySelector("td:first-child a")?.GetAttribute("href"));
        Assert.Equal("/admin/users/create", document.QuerySelector("a.govuk-button")?.GetAttribute("href"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteIndexTests(SqlitePortal portal) : IndexTests(portal);

[Collection(PostgresCollection.Name)]
public sealed class PostgresIndexTests(PostgresPortal portal) : IndexTests(portal);

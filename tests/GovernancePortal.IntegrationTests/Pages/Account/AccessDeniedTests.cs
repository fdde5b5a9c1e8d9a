using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Account;

/// <summary>/account/access-denied (and the same answer in place, with 403, on a page the user may not open).</summary>
[Collection(SqliteCollection.Name)]
public sealed class AccessDeniedTests(SqlitePortal portal)
{
    [Fact]
    public async Task AccessDenied_Anonymous_Answers403WithTheGovUkMessage()
    {
        using var client = portal.NewClient();
        var (response, document) = await client.GetPageAsync("/account/access-denied");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You do not have permission to view this page", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("contact an administrator", document.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/", document.QuerySelector("main a.govuk-link")?.GetAttribute("href"));
    }

    [Fact]
    public async Task PageWithoutPermission_SignedIn_ShowsTheSameMessageInPlace()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        var (response, document) = await client.GetPageAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("You do not have permission to view this page", document.QuerySelector("h1")?.TextContent.Trim());
    }
}

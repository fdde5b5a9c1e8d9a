using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Account;

/// <summary>/account/not-set-up: where single sign-on sends someone the portal has no (enabled) account for.</summary>
[Collection(SqliteCollection.Name)]
public sealed class NotSetUpTests(SqlitePortal portal)
{
    [Fact]
    public async Task NotSetUp_Anyone_Answers403AskingForAnAdministrator()
    {
        using var client = portal.NewClient();
        var (response, document) = await client.GetPageAsync("/account/not-set-up");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Your account is not set up in the portal", document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Ask a portal administrator", document.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/account/sign-in", document.QuerySelector("main a.govuk-link")?.GetAttribute("href"));
    }
}

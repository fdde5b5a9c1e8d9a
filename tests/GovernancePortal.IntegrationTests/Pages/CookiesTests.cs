using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages;

/// <summary>/cookies: open to anyone; names exactly the cookies the portal sets.</summary>
[Collection(SqliteCollection.Name)]
public sealed class CookiesTests(SqlitePortal portal)
{
    [Fact]
    public async Task Cookies_Anonymous_ListsTheEssentialCookiesTheSiteSets()
    {
        using var client = portal.NewClient();
        var (response, document) = await client.GetPageAsync("/cookies");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Cookies", document.QuerySelector("h1")?.TextContent.Trim());
        var names = document.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["__Host-GovernancePortal", "__Host-GovernancePortal-Antiforgery", ".AspNetCore.Mvc.CookieTempDataProvider"], names);
        Assert.Contains("does not use analytics or advertising cookies", document.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookies_SetBySigningIn_AreThoseThePageNames()
    {
        using var client = portal.NewClient();
        var (_, page) = await client.GetPageAsync("/cookies");
        var listed = page.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToHashSet(StringComparer.Ordinal);

        var signInPage = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var response = await client.SignInAsync(PortalFactory.Accounts.Panel);
        var set = signInPage.Headers.Concat(response.Headers)
            .Where(h => h.Key == "Set-Cookie").SelectMany(h => h.Value)
            .Select(c => c.Split('=')[0])
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(set);
        Assert.Subset(listed, set);
    }
}

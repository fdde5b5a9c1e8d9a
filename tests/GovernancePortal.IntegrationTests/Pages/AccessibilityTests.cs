using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages;

/// <summary>/accessibility: open to anyone, linked from every page's footer.</summary>
[Collection(SqliteCollection.Name)]
public sealed class AccessibilityTests(SqlitePortal portal)
{
    [Fact]
    public async Task Accessibility_Anonymous_ShowsTheStatementWithHowToReportProblems()
    {
        using var client = portal.NewClient();
        var (response, document) = await client.GetPageAsync("/accessibility");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Accessibility statement for the Governance Portal", document.QuerySelector("h1")?.TextContent.Trim());
        var headings = document.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Reporting accessibility problems", "Compliance status"], headings);
        Assert.Contains("WCAG 2.2", document.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Footer_EveryPage_LinksToAccessibilityAndCookies()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        var (_, document) = await client.GetPageAsync("/");

        var links = document.QuerySelectorAll(".govuk-footer a").Select(a => (Text: a.TextContent.Trim(), Href: a.GetAttribute("href"))).ToList();
        Assert.Contains(("Accessibility statement", "/accessibility"), links);
        Assert.Contains(("Cookies", "/cookies"), links);
    }
}

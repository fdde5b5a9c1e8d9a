using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Framework.People;

/// <summary>The People/Index page (Index.cshtml), on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    [Fact]
    public async Task List_AsMetGovernance_ShowsPostsHoldersAndAreasLed()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, document) = await client.GetPageAsync("/framework/mps/people");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = document.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == "AC Professionalism");
        Assert.Contains("Demo Senior Lead", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, row.QuerySelectorAll("td:last-child li").Length);
        Assert.NotNull(document.QuerySelector("a[href='/framework/mps/people/create']"));
    }

    [Fact]
    public async Task List_AsPanelMember_IsReadOnly()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, document) = await client.GetPageAsync("/framework/mopac/people");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(document.QuerySelector("a[href$='/edit']"));
        Assert.Null(document.QuerySelector("a[href$='/create']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/framework/mopac/people/create", UriKind.Relative))).StatusCode);
    }
}

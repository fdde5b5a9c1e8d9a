using System.Net;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

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
    public async Task List_FilteredByBusinessGroup_ShowsOnlyThatGroup()
    {
        var group = $"Test group {Guid.NewGuid():N}"[..20];
        var title = $"Head of Filtering {Guid.NewGuid():N}"[..30];
        await portal.WithDbAsync(async db =>
        {
            var met = await db.Organisations.SingleAsync(o => o.Code == "MPS");
            db.People.Add(new Domain.People.Person { OrganisationId = met.Id, JobTitle = title, BusinessGroup = group });
            return await db.SaveChangesAsync();
        });
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (all, allPage) = await client.GetPageAsync("/framework/mps/people");
        var (response, filtered) = await client.GetPageAsync($"/framework/mps/people?group={Uri.EscapeDataString(group)}");

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Contains(allPage.QuerySelectorAll("#group option"), o => o.TextContent == group);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(filtered.QuerySelectorAll("tbody tr"));
        Assert.Equal(title, row.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal(group, row.QuerySelectorAll("td")[2].TextContent.Trim());
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

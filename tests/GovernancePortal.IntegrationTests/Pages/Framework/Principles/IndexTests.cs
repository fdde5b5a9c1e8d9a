using System.Net;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Framework.Principles;

/// <summary>The Principles/Index page (Index.cshtml), on SQLite.</summary>
[Collection(SqliteCollection.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    [Fact]
    public async Task List_AsPanelMember_ShowsPrinciplesInOrganisationOrderWithoutChangeLinks()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, document) = await client.GetPageAsync("/framework/mps/principles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headings = document.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(7, headings.Count);
        var expected = await portal.WithDbAsync(db => db.Principles.Where(p => p.Organisation!.Code == "MPS").OrderBy(p => p.SortOrder).Select(p => p.Code).ToListAsync());
        Assert.Equal(expected.Select(c => $"Principle {c}:"), headings.Select(h => h[..12]));
        Assert.Contains("Behaving with integrity", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("a[href$='/edit']"));
    }
}

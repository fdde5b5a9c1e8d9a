using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers.Glossary;

/// <summary>The Papers/Glossary/Index page (/papers/glossary/{org}).</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    [Fact]
    public async Task Index_Reviewer_ListsAcronymsAndThoseUsedInDraftsButMissing()
    {
        var (known, missing) = (ReferenceTestData.NewAcronym(), ReferenceTestData.NewAcronym());
        await portal.AddGlossaryEntryAsync("MPS", known, "A known acronym");
        await portal.AddDraftPaperAsync("MPS", $"The {known} and the {missing} met twice; the {missing} agreed.");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.GetPageAsync("/papers/glossary/mps");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tables = page.QuerySelectorAll("main table").ToList();
        Assert.Equal(2, tables.Count);
        var missingRow = tables[0].QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent == missing);
        Assert.Equal("2", missingRow.QuerySelectorAll("td")[1].TextContent);
        Assert.Equal($"/papers/glossary/mps/create?acronym={missing}", missingRow.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain(tables[0].QuerySelectorAll("tbody td"), c => c.TextContent == known);
        Assert.Contains(tables[1].QuerySelectorAll("tbody th"), c => c.TextContent == known);
        Assert.NotNull(page.QuerySelector("a[href='/papers/glossary/mps/create']"));
    }

    [Fact]
    public async Task Index_SeniorLead_ReadsWithoutChangeLinks()
    {
        var acronym = ReferenceTestData.NewAcronym();
        await portal.AddGlossaryEntryAsync("MPS", acronym, "Read only");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var (response, page) = await client.GetPageAsync("/papers/glossary/mps");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(acronym, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main a[href*='/create']"));
        Assert.Null(page.QuerySelector("main a[href$='/edit']"));
    }

    [Fact]
    public async Task Index_OtherOrganisationOrPanelMember_IsForbidden()
    {
        using var mopac = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        Assert.Equal(HttpStatusCode.Forbidden, (await mopac.GetAsync(new Uri("/papers/glossary/mps", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync(new Uri("/papers/glossary/mps", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mopac.GetAsync(new Uri("/papers/glossary/mopac", UriKind.Relative))).StatusCode);
    }
}

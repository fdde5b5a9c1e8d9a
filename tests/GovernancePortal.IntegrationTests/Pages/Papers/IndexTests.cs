using System.Net;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Papers;

/// <summary>The Papers/Index page (/papers).</summary>
[Collection(SqlitePapersCollection.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    [Fact]
    public async Task Index_GovernanceTeam_SeesDraftsWithStatusVersionAndStartButton()
    {
        var draft = await portal.BuildPaperAsync(title: "Index draft");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.GetPageAsync("/papers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelectorAll("#papers-mps ~ table tr").Single(r => r.TextContent.Contains($"Index draft {draft.Year}", StringComparison.Ordinal));
        Assert.Contains("Draft", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Annual Governance Statement", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a.govuk-button[href='/papers/create']"));
    }

    [Fact]
    public async Task Index_PanelMember_SeesOnlyPublishedPapersAndNoStartButton()
    {
        var draft = await portal.BuildPaperAsync(title: "Index unseen draft");
        var published = await portal.BuildPaperAsync(status: PaperStatus.Published, title: "Index published");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (_, page) = await client.GetPageAsync("/papers");

        Assert.Contains($"Index published {published.Year}", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain($"Index unseen draft {draft.Year}", page.Body.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[href='/papers/create']"));
    }

    [Fact]
    public async Task Index_OtherOrganisationsOfficer_SeesTheMetsPublishedPapersOnly()
    {
        var draft = await portal.BuildPaperAsync(title: "Index Met draft");
        var published = await portal.BuildPaperAsync(status: PaperStatus.Published, title: "Index Met published");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var (_, page) = await client.GetPageAsync("/papers");

        Assert.Contains($"Index Met published {published.Year}", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain($"Index Met draft {draft.Year}", page.Body.TextContent, StringComparison.Ordinal);
    }
}

using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Framework;

/// <summary>The framework index (/framework): each organisation's framework with the years the user may see.</summary>
[Collection(SqliteCollection.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    [Fact]
    public async Task Get_PanelMember_ListsBothFrameworksWithTheirPagesButNoManagement()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, document) = await client.GetPageAsync("/framework");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(document.QuerySelector("a[href='/framework/mps/2016-17']"));
        Assert.NotNull(document.QuerySelector("a[href='/framework/mps/principles']"));
        Assert.NotNull(document.QuerySelector("a[href='/framework/mopac/people']"));
        Assert.Null(document.QuerySelector("a[href='/framework/mps/years']"));
        Assert.Equal("/framework/search", document.QuerySelector("form[role=search]")?.GetAttribute("action"));
    }

    [Fact]
    public async Task Get_MetGovernance_OffersManagingTheMetsYearsAndProposalsOnly()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (_, document) = await client.GetPageAsync("/framework");

        Assert.NotNull(document.QuerySelector("a[href='/framework/mps/years']"));
        Assert.NotNull(document.QuerySelector("a[href='/framework/mps/proposals']"));
        Assert.Null(document.QuerySelector("a[href='/framework/mopac/years']"));
    }
}

using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Improvement;

/// <summary>What awaits the governance team: each pending update with a link to review it.</summary>
[Collection(SqliteImprovementCollection.Name)]
public sealed class ReviewsTests(SqlitePortal portal)
{
    [Fact]
    public async Task Reviews_OwnerSentAnUpdate_ListedWithALinkToReviewIt()
    {
        var action = await portal.NewActionAsync(OrganisationCodes.Met, PortalFactory.Accounts.Lead, new DateOnly(2091, 3, 31));
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var (sent, sentPage) = await lead.SubmitFormAsync($"/improvement/actions/{action.Id}/update",
            [new("Input.Narrative", "Work started."), new("Input.Assessment", "OnTrack")]);
        ImprovementTestData.AssertRedirect(sent, sentPage);

        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (response, page) = await governance.GetPageAsync("/improvement/reviews");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector($"main a[href='/improvement/actions/{action.Id}/review']"));
        Assert.NotNull(page.QuerySelector($"main a[href='/improvement/actions/{action.Id}']"));
    }
}

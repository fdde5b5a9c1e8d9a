using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations;

[Collection(SqliteCollectionB.Name)]
public sealed class StartTests(SqlitePortal portal)
{
    [Fact]
    public async Task Start_ByTheOwningLead_MarksInProgress()
    {
        var id = (await portal.RaiseAsync(OrganisationCodes.Met, ownerEmail: PortalFactory.Accounts.Lead))[0];
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var (response, _) = await lead.SubmitFormAsync($"/recommendations/item/{id}/start", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(RecommendationStatus.InProgress, (await portal.RecommendationAsync(id)).Status);
    }
}

using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations;

[Collection(SqliteCollectionB.Name)]
public sealed class DecideClosureTests(SqlitePortal portal)
{
    [Fact]
    public async Task DecideClosure_GovernanceAccepts_ClosesForTheBoard()
    {
        var id = (await portal.RaiseAsync(OrganisationCodes.Met))[0];
        await portal.ProposeAsync(id);
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await governance.SubmitFormAsync($"/recommendations/item/{id}/decide-closure",
            [new("Input.Decision", "Accept"), new("Input.ApprovingBody", "Risk and Assurance Board")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.RecommendationAsync(id);
        Assert.Equal(RecommendationStatus.Closed, saved.Status);
        Assert.Equal("Risk and Assurance Board", saved.ApprovingBody);
    }

    [Fact]
    public async Task DecideClosure_ProposerAccepts_IsRefusedWithTheRule()
    {
        var id = (await portal.RaiseAsync(OrganisationCodes.Met))[0];
        await portal.ProposeAsync(id, PortalFactory.Accounts.MetGovernance);
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await governance.SubmitFormAsync($"/recommendations/item/{id}/decide-closure", [new("Input.Decision", "Accept")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Someone other than the person who proposed closure must accept it", page.ErrorSummary());
        Assert.Equal(RecommendationStatus.ProposedForClosure, (await portal.RecommendationAsync(id)).Status);
    }
}

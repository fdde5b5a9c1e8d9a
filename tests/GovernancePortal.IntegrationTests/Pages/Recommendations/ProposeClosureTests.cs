using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations;

[Collection(SqliteCollectionB.Name)]
public sealed class ProposeClosureTests(SqlitePortal portal)
{
    [Fact]
    public async Task ProposeClosure_OwningLeadWithEvidence_ProposesIt()
    {
        var id = (await portal.RaiseAsync(OrganisationCodes.Met, ownerEmail: PortalFactory.Accounts.Lead))[0];
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var (empty, page) = await lead.SubmitFormAsync($"/recommendations/item/{id}/propose-closure", [new("Input.Evidence", " ")]);
        var (response, _) = await lead.SubmitFormAsync($"/recommendations/item/{id}/propose-closure", [new("Input.Evidence", "Vetting backlog cleared; monthly report to the board")]);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Enter the evidence that the underlying issue has been addressed", page.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.RecommendationAsync(id);
        Assert.Equal(RecommendationStatus.ProposedForClosure, saved.Status);
        Assert.Equal("Vetting backlog cleared; monthly report to the board", saved.ClosureEvidence);
    }

    [Fact]
    public async Task ProposeClosure_LeadWhoDoesNotOwnIt_IsForbiddenToOpenAndToPost()
    {
        var owned = (await portal.RaiseAsync(OrganisationCodes.Met, ownerEmail: PortalFactory.Accounts.Lead))[0];
        var other = (await portal.RaiseAsync(OrganisationCodes.Met))[0];
        using var lead = await portal.SignedInAsync(PortalFactory.Accounts.Lead);
        var form = await lead.GetFormAsync($"/recommendations/item/{owned}/propose-closure");

        var opened = await lead.GetAsync(new Uri($"/recommendations/item/{other}/propose-closure", UriKind.Relative));
        var (posted, _) = await form.PostingTo($"/recommendations/item/{other}/propose-closure").SubmitAsync([new("Input.Evidence", "")]);

        Assert.Equal(HttpStatusCode.Forbidden, opened.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(RecommendationStatus.Open, (await portal.RecommendationAsync(other)).Status);
    }
}

using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Pages.Improvement;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Recommendations;

[Collection(SqliteCollectionB.Name)]
public sealed class LinksTests(SqlitePortal portal)
{
    [Fact]
    public async Task Links_LinkThenUnlink_ChangesTheLinks()
    {
        var id = (await portal.RaiseAsync(OrganisationCodes.Met))[0];
        var action = await portal.NewActionAsync(OrganisationCodes.Met);
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (linked, _) = await governance.SubmitFormAsync($"/recommendations/item/{id}/links", [new("Input.ActionId", action.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))], handler: "Link");
        var afterLink = await portal.RecommendationAsync(id);
        var (unlinked, _) = await governance.SubmitFormAsync($"/recommendations/item/{id}/links", [], handler: "Unlink");

        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Equal([action.Id], afterLink.Links.Select(l => l.ActionId));
        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        Assert.Empty((await portal.RecommendationAsync(id)).Links);
    }
}

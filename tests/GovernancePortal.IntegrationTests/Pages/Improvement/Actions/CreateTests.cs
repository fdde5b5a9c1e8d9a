using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Actions;

/// <summary>Adding an action.</summary>
[Collection(SqliteImprovementCollection.Name)]
public sealed class CreateTests(SqlitePortal portal)
{
    [Fact]
    public async Task CreateAction_EmptyCode_TakesTheAreasNextCode()
    {
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (plan, area, next) = await portal.WithDbAsync(async db =>
        {
            var ia3 = await db.ImprovementAreas.AsNoTracking().Include(a => a.Actions)
                .SingleAsync(a => a.Code == "IA3" && a.Plan!.Status == PlanStatus.Active && a.Plan.Organisation!.Code == OrganisationCodes.Met);
            return (ia3.PlanId, ia3.Id, ActionCode.Next(ActionCodeScheme.AreaSequence, "IA3", ia3.Actions.Select(a => a.Code)));
        });

        var (response, document) = await governance.SubmitFormAsync($"/improvement/plans/{plan}/actions/create?area={area}",
            [new("Input.AreaId", area.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Code", string.Empty), new("Input.Description", "Publish the partnership register.")]);

        ImprovementTestData.AssertRedirect(response, document);
        var created = await portal.WithDbAsync(db => db.ImprovementActions.AsNoTracking().SingleAsync(a => a.AreaId == area && a.Description == "Publish the partnership register."));
        Assert.Equal(next, created.Code);
        Assert.Equal($"/improvement/actions/{created.Id}", response.Headers.Location?.OriginalString);
    }
}

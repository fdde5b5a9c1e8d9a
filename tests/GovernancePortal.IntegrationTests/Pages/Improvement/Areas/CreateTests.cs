using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Areas;

/// <summary>Adding an improvement area to a plan.</summary>
[Collection(SqliteImprovementCollection.Name)]
public sealed class CreateTests(SqlitePortal portal)
{
    [Fact]
    public async Task Create_WithTitle_AddsTheAreaAndShowsItOnThePlan()
    {
        var action = await portal.NewActionAsync(OrganisationCodes.Met);
        var plan = action.Area!.PlanId;
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await governance.SubmitFormAsync($"/improvement/plans/{plan}/areas/create",
            [new("Input.Title", "Partnership working"), new("Input.Tier", "Priority")]);

        ImprovementTestData.AssertRedirect(response, page);
        var area = await portal.WithDbAsync(db => db.ImprovementAreas.AsNoTracking().SingleAsync(a => a.PlanId == plan && a.Title == "Partnership working"));
        Assert.Equal($"/improvement/mps/2090-91#area-{area.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(Domain.Improvement.ImprovementTier.Priority, area.Tier);
    }

    [Fact]
    public async Task Create_WithoutTitle_ReshowsTheFormWithTheMessage()
    {
        var action = await portal.NewActionAsync(OrganisationCodes.Met);
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await governance.SubmitFormAsync($"/improvement/plans/{action.Area!.PlanId}/areas/create", [new("Input.Code", "Z9")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter the area's title"], page.ErrorSummary());
    }
}

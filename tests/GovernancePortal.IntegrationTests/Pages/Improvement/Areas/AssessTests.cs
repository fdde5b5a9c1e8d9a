using System.Net;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Areas;

/// <summary>Recording an area's progress assessment.</summary>
[Collection(SqliteImprovementCollection.Name)]
public sealed class AssessTests(SqlitePortal portal)
{
    [Fact]
    public async Task Assess_WithoutPeriodOrDate_ReshowsTheFormWithOneMessagePerField()
    {
        var action = await portal.NewActionAsync(OrganisationCodes.Met);
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await governance.SubmitFormAsync($"/improvement/plans/{action.Area!.PlanId}/areas/{action.AreaId}/assess",
            [new("Input.Assessment", "good progress")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = page.ErrorSummary();
        Assert.Equal(2, errors.Count);
        Assert.Contains("Enter the reporting period, for example “2019-20 interim update”", errors);
        Assert.Contains("Enter the date of the assessment as a real date, for example 8 1 2020", errors);
        Assert.Equal("good progress", (page.QuerySelector("#Input_Assessment") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value);
    }
}

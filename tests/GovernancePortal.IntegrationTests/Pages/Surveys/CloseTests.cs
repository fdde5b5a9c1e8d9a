using System.Net;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Surveys;

/// <summary>The Surveys/Close page (/surveys/{id}/close).</summary>
[Collection(SqliteSurveyBuildingCollection.Name)]
public sealed class CloseTests(SqlitePortal portal)
{
    [Fact]
    public async Task Close_Issued_ClosesItAndRecordsWho()
    {
        var survey = await portal.BuildSurveyAsync(respondents: 2, issue: true);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (_, page) = await client.GetPageAsync($"/surveys/{survey.Id}/close");
        Assert.Contains("2 returns have not been submitted", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var (response, _) = await client.SubmitFormAsync($"/surveys/{survey.Id}/close", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var closed = await portal.SurveyAsync(survey.Id);
        Assert.Equal(SurveyStatus.Closed, closed.Status);
        Assert.Equal("Demo Met Governance Officer", closed.ClosedByName);
    }

    [Fact]
    public async Task Close_Draft_OffersNoForm()
    {
        var survey = await portal.BuildSurveyAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.GetPageAsync($"/surveys/{survey.Id}/close");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("main form"));
        Assert.Contains("Only an issued survey can be closed", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}

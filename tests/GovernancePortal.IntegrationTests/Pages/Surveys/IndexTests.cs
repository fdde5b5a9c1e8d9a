using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Surveys;

/// <summary>The Surveys/Index page (/surveys).</summary>
[Collection(SqliteSurveyBuildingCollection.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    [Fact]
    public async Task List_AsGovernance_ShowsSurveyWithResponseRateAndStartLink()
    {
        var survey = await portal.BuildSurveyAsync(respondents: 2, issue: true, title: $"Listed survey {Guid.NewGuid():N}");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.GetPageAsync("/surveys");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='/surveys/{survey.Id}']") is not null);
        Assert.Contains("Issued", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("0 of 2 returned — 0%", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/surveys/create?organisation=mps']"));
        Assert.NotNull(page.QuerySelector("nav a[href='/surveys']"));
    }

    [Fact]
    public async Task List_AsAuditor_ReadsButCannotStartASurvey()
    {
        await portal.BuildSurveyAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (response, page) = await client.GetPageAsync("/surveys");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("a[href^='/surveys/create']"));
        Assert.NotEmpty(page.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task List_AsSeniorLead_IsForbidden()
    {
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Lead);

        var response = await client.GetAsync(new Uri("/surveys", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Surveys;

/// <summary>The Surveys/Details page (/surveys/{id}): the survey as a document, with the actions its state allows.</summary>
[Collection(SqliteSurveyBuildingCollection.Name)]
public sealed class DetailsTests(SqlitePortal portal)
{
    [Fact]
    public async Task Details_DraftAsGovernance_ShowsStructureAndBuildingActions()
    {
        var survey = await portal.BuildSurveyAsync(sections: 2, respondents: 3);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.GetPageAsync($"/surveys/{survey.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Build area 2", main, StringComparison.Ordinal);
        Assert.Contains("Guidance for build area 1.", main, StringComparison.Ordinal);
        Assert.Contains("Assurance rating · Must be answered", main, StringComparison.Ordinal);
        Assert.Contains("3 senior leads", main, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/surveys/{survey.Id}/issue']"));
        Assert.NotNull(page.QuerySelector($"a[href='/surveys/{survey.Id}/sections/create']"));
        Assert.NotNull(page.QuerySelector($"a[href='/surveys/{survey.Id}/sections/{survey.SectionIds[0]}/questions/{survey.QuestionIds[0]}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/surveys/{survey.Id}/settings']"));
    }

    [Fact]
    public async Task Details_IssuedAsGovernance_OffersWordingCorrectionAndCloseNotStructure()
    {
        var survey = await portal.BuildSurveyAsync(issue: true);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (_, page) = await client.GetPageAsync($"/surveys/{survey.Id}");

        Assert.Null(page.QuerySelector($"a[href='/surveys/{survey.Id}/issue']"));
        Assert.Null(page.QuerySelector($"a[href='/surveys/{survey.Id}/sections/create']"));
        Assert.Contains("Correct the wording", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/surveys/{survey.Id}/close']"));
        Assert.Equal(
            [$"/surveys/{survey.Id}/tracking", $"/surveys/{survey.Id}/analysis", $"/surveys/{survey.Id}/export?format=csv", $"/surveys/{survey.Id}/export?format=xlsx"],
            page.QuerySelectorAll("#survey-views a").Select(a => a.GetAttribute("href")!));
    }

    [Fact]
    public async Task Details_AsAuditor_IsReadOnly()
    {
        var survey = await portal.BuildSurveyAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (response, page) = await client.GetPageAsync($"/surveys/{survey.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Build area 1", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll($"main a[href^='/surveys/{survey.Id}/']"));
    }

    [Fact]
    public async Task Details_MopacGovernanceOnMetSurvey_IsForbidden()
    {
        var survey = await portal.BuildSurveyAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri($"/surveys/{survey.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/surveys/999999", UriKind.Relative))).StatusCode);
    }
}

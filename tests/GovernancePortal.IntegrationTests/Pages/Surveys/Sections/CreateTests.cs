using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Surveys.Sections;

/// <summary>The Surveys/Sections/Create page (/surveys/{id}/sections/create).</summary>
[Collection(SqliteSurveyBuildingCollection.Name)]
public sealed class CreateTests(SqlitePortal portal)
{
    [Fact]
    public async Task Create_Draft_AddsTheSectionLast()
    {
        var survey = await portal.BuildSurveyAsync(sections: 2);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/surveys/{survey.Id}/sections/create",
            [new("Input.Title", "Information management"), new("Input.Guidance", "Consider records,\nretention and disposal.")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.SurveyAsync(survey.Id);
        var added = saved.OrderedSections.Last();
        Assert.Equal("Information management", added.Title);
        Assert.Equal("Consider records,\nretention and disposal.", added.Guidance);
        Assert.Equal(3, added.Order);
    }

    [Fact]
    public async Task Create_NoTitle_ShowsTheError()
    {
        var survey = await portal.BuildSurveyAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/surveys/{survey.Id}/sections/create", [new("Input.Title", "")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter the section's title", page.FieldError("Input_Title"));
    }

    [Fact]
    public async Task Create_AfterIssue_IsRefused()
    {
        var survey = await portal.BuildSurveyAsync(issue: true);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/surveys/{survey.Id}/sections/create", [new("Input.Title", "Too late")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This survey has been issued, so you cannot add a section", page.ErrorSummary());
        Assert.Equal(2, (await portal.SurveyAsync(survey.Id)).Sections.Count);
    }
}

using System.Net;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Surveys.Respondents;

/// <summary>The Surveys/Respondents/Edit page (/surveys/{id}/respondents/{returnId}).</summary>
[Collection(SqliteSurveyBuildingCollection.Name)]
public sealed class EditTests(SqlitePortal portal)
{
    [Fact]
    public async Task Edit_ChangesDeadlineAndDelegates()
    {
        var survey = await portal.BuildSurveyAsync(respondents: 1, issue: true);
        var helper = (await portal.NewPeopleAsync(1))[0];
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var deadline = SurveyBuildTestData.Today.AddDays(45);

        var (response, _) = await client.SubmitFormAsync($"/surveys/{survey.Id}/respondents/{survey.ReturnIds[0]}",
        [
            new("Input.Deadline.Day", deadline.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Deadline.Month", deadline.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Deadline.Year", deadline.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Delegates", helper.JobTitle),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = (await portal.SurveyAsync(survey.Id)).Returns.Single();
        Assert.Equal(deadline, saved.Deadline);
        Assert.Equal(helper.Id, Assert.Single(saved.Delegates).PersonId);
    }

    [Fact]
    public async Task Edit_DeadlineInThePast_IsRefused()
    {
        var survey = await portal.BuildSurveyAsync(respondents: 1);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/surveys/{survey.Id}/respondents/{survey.ReturnIds[0]}",
            [new("Input.Deadline.Day", "1"), new("Input.Deadline.Month", "1"), new("Input.Deadline.Year", "2020")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The deadline must be today or later", page.FieldError("Input_Deadline"));
    }

    [Fact]
    public async Task Remove_NotStarted_RemovesTheReturn()
    {
        var survey = await portal.BuildSurveyAsync(respondents: 2);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/surveys/{survey.Id}/respondents/{survey.ReturnIds[0]}", [], handler: "Remove");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([survey.ReturnIds[1]], (await portal.SurveyAsync(survey.Id)).Returns.Select(r => r.Id));
    }

    [Fact]
    public async Task Edit_ReturnOfAnotherSurvey_IsNotFound()
    {
        var survey = await portal.BuildSurveyAsync(respondents: 1);
        var other = await portal.BuildSurveyAsync(respondents: 1);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var response = await client.GetAsync(new Uri($"/surveys/{survey.Id}/respondents/{other.ReturnIds[0]}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

using System.Net;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Surveys.Questions;

/// <summary>The Surveys/Questions/Create page (/surveys/{id}/sections/{sectionId}/questions/create).</summary>
[Collection(SqliteSurveyBuildingCollection.Name)]
public sealed class CreateTests(SqlitePortal portal)
{
    [Fact]
    public async Task Create_Draft_AddsTheQuestionToTheSection()
    {
        var survey = await portal.BuildSurveyAsync(sections: 1);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/surveys/{survey.Id}/sections/{survey.SectionIds[0]}/questions/create",
            [new("Input.Kind", "YesNoPartly"), new("Input.Text", "Is the risk register reviewed quarterly?"), new("Input.IsRequired", "False")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var question = (await portal.SurveyAsync(survey.Id)).Sections.Single().OrderedQuestions.Last();
        Assert.Equal(QuestionKind.YesNoPartly, question.Kind);
        Assert.Equal("Is the risk register reviewed quarterly?", question.Text);
        Assert.False(question.IsRequired);
        Assert.Equal(3, question.Order);
    }

    [Fact]
    public async Task Create_NoKindNoText_ShowsBothErrors()
    {
        var survey = await portal.BuildSurveyAsync(sections: 1);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/surveys/{survey.Id}/sections/{survey.SectionIds[0]}/questions/create", [new("Input.Text", " ")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Select the kind of question", page.FieldError("Input_Kind"));
        Assert.Equal("Enter the question", page.FieldError("Input_Text"));
    }

    [Fact]
    public async Task Create_SectionOfAnotherSurvey_IsNotFound()
    {
        var survey = await portal.BuildSurveyAsync(sections: 1);
        var other = await portal.BuildSurveyAsync(sections: 1);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var response = await client.GetAsync(new Uri($"/surveys/{survey.Id}/sections/{other.SectionIds[0]}/questions/create", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

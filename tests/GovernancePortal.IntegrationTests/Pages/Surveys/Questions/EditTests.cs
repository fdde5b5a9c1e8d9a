using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Surveys.Questions;

/// <summary>The Surveys/Questions/Edit page: free changes while draft, versioned wording corrections once issued.</summary>
[Collection(SqliteSurveyBuildingCollection.Name)]
public sealed class EditTests(SqlitePortal portal)
{
    private static string Url(BuiltSurvey survey, int question = 0) => $"/surveys/{survey.Id}/sections/{survey.SectionIds[0]}/questions/{survey.QuestionIds[question]}";

    [Fact]
    public async Task Edit_Draft_ChangesKindAndTextWithoutVersions()
    {
        var survey = await portal.BuildSurveyAsync(sections: 1);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync(Url(survey, 1), [new("Input.Kind", "Evidence"), new("Input.Text", "What evidence do you have?")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var question = (await portal.SurveyAsync(survey.Id)).Sections.Single().Questions.Single(q => q.Id == survey.QuestionIds[1]);
        Assert.Equal(QuestionKind.Evidence, question.Kind);
        Assert.Equal("What evidence do you have?", question.Text);
        Assert.Equal(1, question.WordingVersion);
        Assert.Empty(question.Wordings);
    }

    [Fact]
    public async Task Move_Up_ThenRemove_RenumbersTheQuestions()
    {
        var survey = await portal.BuildSurveyAsync(sections: 1);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (moved, _) = await client.SubmitFormAsync(Url(survey, 1), [], handler: "Move");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal([survey.QuestionIds[1], survey.QuestionIds[0]], (await portal.SurveyAsync(survey.Id)).Sections.Single().OrderedQuestions.Select(q => q.Id));

        var (removed, _) = await client.SubmitFormAsync(Url(survey, 1), [], handler: "Remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var remaining = Assert.Single((await portal.SurveyAsync(survey.Id)).Sections.Single().Questions);
        Assert.Equal(survey.QuestionIds[0], remaining.Id);
        Assert.Equal(1, remaining.Order);
    }

    [Fact]
    public async Task Correct_Issued_KeepsTheEarlierWordingAsAVersion()
    {
        var survey = await portal.BuildSurveyAsync(sections: 1, issue: true);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var (_, form) = await client.GetPageAsync(Url(survey));
        Assert.Null(form.QuerySelector("#Input_Kind"));

        var (response, _) = await client.SubmitFormAsync(Url(survey), [new("Input.Text", "How much assurance can you give for build area one?"), new("Input.Reason", "Typo in the area name")], handler: "Correct");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var question = (await portal.SurveyAsync(survey.Id)).Sections.Single().Questions.Single(q => q.Id == survey.QuestionIds[0]);
        Assert.Equal("How much assurance can you give for build area one?", question.Text);
        Assert.Equal(2, question.WordingVersion);
        var earlier = Assert.Single(question.Wordings);
        Assert.Equal((1, "How much assurance for build area 1?", "Typo in the area name", "Demo Met Governance Officer"), (earlier.WordingVersion, earlier.Text, earlier.Reason, earlier.ReplacedByName));
        Assert.Equal(QuestionKind.Rating, question.Kind);
        var (_, after) = await client.GetPageAsync(Url(survey));
        Assert.Contains("How much assurance for build area 1?", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correct_WithoutReason_IsRefusedAndKeepsTheText()
    {
        var survey = await portal.BuildSurveyAsync(sections: 1, issue: true);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync(Url(survey), [new("Input.Text", "New wording")], handler: "Correct");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Say why the wording is being corrected", page.FieldError("Input_Reason"));
        Assert.Equal("New wording", page.QuerySelector<IHtmlTextAreaElement>("#Input_Text")?.Value);
        Assert.Equal(1, (await portal.SurveyAsync(survey.Id)).Sections.Single().Questions.Single(q => q.Id == survey.QuestionIds[0]).WordingVersion);
    }

    [Fact]
    public async Task Edit_DraftFormAfterTheSurveyWasIssued_IsRefused()
    {
        var survey = await portal.BuildSurveyAsync(sections: 1);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await client.GetFormAsync(Url(survey));
        var (issued, _) = await client.SubmitFormAsync($"/surveys/{survey.Id}/issue", []);
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);

        var (response, _) = await form.SubmitAsync([new("Input.Kind", "Text")]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(QuestionKind.Rating, (await portal.SurveyAsync(survey.Id)).Sections.Single().Questions.Single(q => q.Id == survey.QuestionIds[0]).Kind);
    }
}

using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Surveys.Sections;

/// <summary>The Surveys/Sections/Edit page (/surveys/{id}/sections/{sectionId}): change, move, remove; guidance only after issue.</summary>
[Collection(SqliteSurveyBuildingCollection.Name)]
public sealed class EditTests(SqlitePortal portal)
{
    [Fact]
    public async Task Edit_Draft_ChangesTitleAndGuidance()
    {
        var survey = await portal.BuildSurveyAsync(sections: 2);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/surveys/{survey.Id}/sections/{survey.SectionIds[0]}",
            [new("Input.Title", "Risk management"), new("Input.Guidance", "")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var section = (await portal.SurveyAsync(survey.Id)).Sections.Single(s => s.Id == survey.SectionIds[0]);
        Assert.Equal("Risk management", section.Title);
        Assert.Null(section.Guidance);
    }

    [Fact]
    public async Task Move_Down_ThenRemove_RenumbersTheSections()
    {
        var survey = await portal.BuildSurveyAsync(sections: 3);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (moved, _) = await client.SubmitFormAsync($"/surveys/{survey.Id}/sections/{survey.SectionIds[0]}", [], handler: "Move");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal([survey.SectionIds[1], survey.SectionIds[0], survey.SectionIds[2]], (await portal.SurveyAsync(survey.Id)).OrderedSections.Select(s => s.Id));

        var (removed, _) = await client.SubmitFormAsync($"/surveys/{survey.Id}/sections/{survey.SectionIds[1]}", [], handler: "Remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var after = await portal.SurveyAsync(survey.Id);
        Assert.Equal([survey.SectionIds[0], survey.SectionIds[2]], after.OrderedSections.Select(s => s.Id));
        Assert.Equal([1, 2], after.OrderedSections.Select(s => s.Order));
    }

    [Fact]
    public async Task Edit_Issued_GuidanceChangesButTitleIsLocked()
    {
        var survey = await portal.BuildSurveyAsync(issue: true);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/surveys/{survey.Id}/sections/{survey.SectionIds[0]}";
        var (_, page) = await client.GetPageAsync(url);
        Assert.Null(page.QuerySelector<IHtmlInputElement>("#Input_Title"));
        Assert.Empty(page.QuerySelectorAll("form[action*='handler=Remove'], form[action*='handler=Move']"));

        var (saved, _) = await client.SubmitFormAsync(url, [new("Input.Guidance", "Clearer guidance.")]);
        var (refused, refusedPage) = await client.SubmitFormAsync(url, [new("Input.Title", "Renamed after issue")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("This survey has been issued, so you cannot rename a section or change its governance area", refusedPage.ErrorSummary());
        var section = (await portal.SurveyAsync(survey.Id)).Sections.Single(s => s.Id == survey.SectionIds[0]);
        Assert.Equal("Clearer guidance.", section.Guidance);
        Assert.Equal("Build area 1", section.Title);
    }
}

using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Surveys;

/// <summary>The Surveys/Settings page (/surveys/{id}/settings).</summary>
[Collection(SqliteSurveyBuildingCollection.Name)]
public sealed class SettingsTests(SqlitePortal portal)
{
    [Fact]
    public async Task Settings_Draft_SavesScaleThresholdsAndReminders()
    {
        var survey = await portal.BuildSurveyAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.SubmitFormAsync($"/surveys/{survey.Id}/settings",
        [
            new("Input.Title", "SIC 2019/20"),
            new("Input.Scale", "Full assurance\nSubstantial assurance\nLimited assurance"),
            new("Input.NarrativeRequiredFrom", "1"),
            new("Input.FlagFrom", "2"),
            new("Input.ReminderDaysBefore", "14, 3"),
            new("Input.OverdueReminderEveryDays", "3"),
            new("Input.EscalateAfterDaysOverdue", "10"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.SurveyAsync(survey.Id);
        Assert.Equal("SIC 2019/20", saved.Title);
        Assert.Equal(["Full assurance", "Substantial assurance", "Limited assurance"], saved.Scale);
        Assert.Equal(1, saved.NarrativeRequiredFrom);
        Assert.Equal(2, saved.FlagFrom);
        Assert.Equal([14, 3], saved.ReminderOffsets);
        Assert.Equal(3, saved.OverdueReminderEveryDays);
        Assert.Equal(10, saved.EscalateAfterDaysOverdue);
    }

    [Fact]
    public async Task Settings_Issued_ScaleIsLockedButTitleChanges()
    {
        var survey = await portal.BuildSurveyAsync(issue: true);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (refused, page) = await client.SubmitFormAsync($"/surveys/{survey.Id}/settings", [new("Input.Scale", "High\nMedium\nLow\nNone")]);
        var (saved, _) = await client.SubmitFormAsync($"/surveys/{survey.Id}/settings", [new("Input.Title", "Corrected title")]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("This survey has been issued, so you cannot change its rating scale or thresholds", page.ErrorSummary());
        Assert.Equal("High\nMedium\nLow\nNone", page.QuerySelector<IHtmlTextAreaElement>("#Input_Scale")?.Value);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await portal.SurveyAsync(survey.Id);
        Assert.Equal("Corrected title", stored.Title);
        Assert.Equal(4, stored.Scale.Count);
    }

    [Fact]
    public async Task Settings_InvalidInput_ShowsGovUkMessages()
    {
        var survey = await portal.BuildSurveyAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.SubmitFormAsync($"/surveys/{survey.Id}/settings",
            [new("Input.Title", " "), new("Input.Scale", "Only one"), new("Input.ReminderDaysBefore", "soon")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter the survey's title", page.FieldError("Input_Title"));
        Assert.Equal("Give between 2 and 7 rating levels, best first, one per line", page.FieldError("Input_Scale"));
        Assert.Equal("Enter reminder days as whole numbers from 1 to 365 separated by commas, for example 7, 1", page.FieldError("Input_ReminderDaysBefore"));
    }

    [Fact]
    public async Task Settings_SomeoneElseSavedFirst_IsAConflictKeepingInput()
    {
        var survey = await portal.BuildSurveyAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var first = await client.GetFormAsync($"/surveys/{survey.Id}/settings");
        var second = await client.GetFormAsync($"/surveys/{survey.Id}/settings");

        var (saved, _) = await first.SubmitAsync([new("Input.Title", "First title")]);
        var (conflict, page) = await second.SubmitAsync([new("Input.Title", "Second title")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("Second title", page.QuerySelector<IHtmlInputElement>("#Input_Title")?.Value);
        Assert.Contains("First title", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("First title", (await portal.SurveyAsync(survey.Id)).Title);
    }
}

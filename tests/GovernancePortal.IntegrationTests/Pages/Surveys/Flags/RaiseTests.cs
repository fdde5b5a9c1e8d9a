using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Surveys.Flags;

/// <summary>A flag becomes an improvement action or area, linked back to the returns it came from.</summary>
[Collection(SqliteSurveyAnalysisCollection.Name)]
public sealed class RaiseTests(SqlitePortal portal)
{
    private static int planYears = 2060;

    private async Task<AnalysisSurvey> FlaggedSurveyAsync()
    {
        var survey = await portal.NewAnalysisSurveyAsync(["Territorial Policing", "MetHQ", "MetHQ"], ["Risk management", "Information management"]);
        await portal.SubmitAsync(survey.Return(0), new SectionAnswer(2), new SectionAnswer(0));
        await portal.SubmitAsync(survey.Return(1), new SectionAnswer(3), new SectionAnswer(0));
        await portal.SubmitAsync(survey.Return(2), new SectionAnswer(0), new SectionAnswer(1));
        return survey;
    }

    [Fact]
    public async Task Raise_AsAction_CreatesTheSurveyActionWithItsSourcesAndTheActionLinksBack()
    {
        var survey = await FlaggedSurveyAsync();
        var (_, areaId, _) = await portal.NewOpenPlanAsync(Interlocked.Increment(ref planYears), "IA91");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var url = $"/surveys/{survey.SurveyId}/flags/{survey.SectionIds[0]}/raise";
        var form = await client.GetFormAsync(url);

        // Prefilled from the flag: both flagged returns, raised as an action, a description naming survey and area.
        Assert.Equal(2, form.Choices("Input.ReturnIds").Count);
        Assert.Contains("Risk management", form.Value("Input.Description"), StringComparison.Ordinal);
        Assert.Contains(survey.Year.ToString(), form.Value("Input.Description"), StringComparison.Ordinal);
        var (response, page) = await form.SubmitAsync([new("Input.AreaId", areaId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, page.QuerySelector(".govuk-error-summary")?.TextContent);
        var actionId = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var (action, flag) = await portal.WithDbAsync(async db => (
            await db.ImprovementActions.AsNoTracking().SingleAsync(a => a.Id == actionId),
            await db.SurveyFlags.AsNoTracking().Include(f => f.Sources).SingleAsync(f => f.ImprovementActionId == actionId)));
        Assert.Equal(areaId, action.AreaId);
        Assert.Equal("IA91-01", action.Code);
        Assert.Equal(ActionSource.SicSurvey, action.Source);
        Assert.Equal($"SIC survey {survey.Year}, Risk management", action.SourceReference);
        Assert.Contains("Risk management", action.Description, StringComparison.Ordinal);
        Assert.Equal(survey.SurveyId, flag.SurveyId);
        Assert.Equal(survey.SectionIds[0], flag.SectionId);
        Assert.Equal("Demo Met Governance Officer", flag.RaisedByName);
        Assert.Equal([survey.Return(0), survey.Return(1)], flag.Sources.Select(s => s.ReturnId).Order());

        var (_, details) = await client.GetPageAsync($"/improvement/actions/{actionId}");
        var raisedFrom = details.QuerySelector(".app-raised-from")!;
        var link = raisedFrom.QuerySelector("a")!;
        Assert.Equal($"Raised from the Statement of Internal Control survey {survey.Year}, Risk management", link.TextContent.Trim());
        Assert.Equal($"/surveys/{survey.SurveyId}/analysis/sections/{survey.SectionIds[0]}", link.GetAttribute("href"));
        Assert.Contains(survey.Respondents[0].DisplayName, raisedFrom.TextContent, StringComparison.Ordinal);
        Assert.Contains(survey.Respondents[1].DisplayName, raisedFrom.TextContent, StringComparison.Ordinal);

        var (_, analysis) = await client.GetPageAsync($"/surveys/{survey.SurveyId}/analysis");
        var status = analysis.QuerySelector($"#flag-{survey.SectionIds[0]} .app-flag__status")!;
        Assert.Contains("Acted on", status.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/improvement/actions/{actionId}", status.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Raise_AsAreaFromOneReturn_CreatesTheAreaInTheChosenPlan()
    {
        var survey = await FlaggedSurveyAsync();
        var (planId, _, slug) = await portal.NewOpenPlanAsync(Interlocked.Increment(ref planYears), "IA92");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await client.GetFormAsync($"/surveys/{survey.SurveyId}/flags/{survey.SectionIds[0]}/raise");

        var (response, page) = await form.SubmitAsync(
        [
            new("Input.Kind", "Area"),
            new("Input.PlanId", planId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Title", "Risk management in business groups"),
            new("Input.ReturnIds", survey.Return(1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, page.QuerySelector(".govuk-error-summary")?.TextContent);
        var (area, flag) = await portal.WithDbAsync(async db =>
        {
            var area = await db.ImprovementAreas.AsNoTracking().SingleAsync(a => a.PlanId == planId && a.Title == "Risk management in business groups");
            return (area, await db.SurveyFlags.AsNoTracking().Include(f => f.Sources).SingleAsync(f => f.ImprovementAreaId == area.Id));
        });
        Assert.Contains("Risk management", area.MainIssue, StringComparison.Ordinal);
        Assert.Null(flag.ImprovementActionId);
        Assert.Equal([survey.Return(1)], flag.Sources.Select(s => s.ReturnId));
        Assert.Equal($"/improvement/mps/{slug}#area-{area.Id}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Raise_NoAreaChosen_ExplainsAndSavesNothing()
    {
        var survey = await FlaggedSurveyAsync();
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await client.GetFormAsync($"/surveys/{survey.SurveyId}/flags/{survey.SectionIds[0]}/raise");

        var (response, page) = await form.SubmitAsync([new("Input.Description", "Kept as typed")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose the improvement area the action belongs to", page.ErrorSummary());
        Assert.Equal("Kept as typed", page.QuerySelector<IHtmlTextAreaElement>("#Input_Description")!.Value);
        Assert.False(await portal.WithDbAsync(db => db.SurveyFlags.AnyAsync(f => f.SurveyId == survey.SurveyId)));
    }

    [Fact]
    public async Task Raise_ReturnThatIsNotFlagged_IsRefused()
    {
        var survey = await FlaggedSurveyAsync();
        var (_, areaId, _) = await portal.NewOpenPlanAsync(Interlocked.Increment(ref planYears), "IA93");
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        var form = await client.GetFormAsync($"/surveys/{survey.SurveyId}/flags/{survey.SectionIds[0]}/raise");

        // Return 2 rated the area Substantial: it is not among the flag's returns.
        var (response, page) = await form.SubmitAsync(
            [new("Input.AreaId", areaId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.ReturnIds", survey.Return(2).ToString(System.Globalization.CultureInfo.InvariantCulture))],
            offeredChoicesOnly: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose returns that rated Risk management Limited assurance or worse", page.ErrorSummary());
        Assert.False(await portal.WithDbAsync(db => db.ImprovementActions.AnyAsync(a => a.AreaId == areaId)));
    }

    [Fact]
    public async Task Raise_AuditorPostingTheForm_IsForbiddenAndSavesNothing()
    {
        var survey = await FlaggedSurveyAsync();
        var (_, areaId, _) = await portal.NewOpenPlanAsync(Interlocked.Increment(ref planYears), "IA94");
        using var governance = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);
        using var auditor = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);
        var url = $"/surveys/{survey.SurveyId}/flags/{survey.SectionIds[0]}/raise";
        var form = await governance.GetFormAsync(url);

        var (get, _) = await auditor.GetPageAsync(url);
        var (posted, _) = await form.SubmitAsync([new("Input.AreaId", areaId.ToString(System.Globalization.CultureInfo.InvariantCulture))], asClient: auditor);

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.SurveyFlags.AnyAsync(f => f.SurveyId == survey.SurveyId)));
    }
}

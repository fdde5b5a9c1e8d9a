using System.Net;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Pages.Surveys;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Improvement.Actions;

/// <summary>An action's page: its rating and since when, and the history link for those who may open it.</summary>
[Collection(SqliteCollectionB.Name)]
public sealed class DetailsTests(SqlitePortal portal)
{
    [Theory]
    [InlineData(PortalFactory.Accounts.Lead, false)]
    [InlineData(PortalFactory.Accounts.Panel, false)]
    [InlineData(PortalFactory.Accounts.MetGovernance, true)]
    [InlineData(PortalFactory.Accounts.Auditor, true)]
    public async Task ActionDetails_ChangeHistoryLink_ShownOnlyToThoseWhoMayOpenIt(string account, bool shown)
    {
        using var client = await portal.SignedInAsync(account);
        var action = await portal.ActiveActionAsync(OrganisationCodes.Met, "IA2-05");

        var (_, page) = await client.GetPageAsync($"/improvement/actions/{action.Id}");
        var link = page.QuerySelector($"main a[href='/history/improvement-action/{action.Id}']");
        var (history, _) = await client.GetPageAsync($"/history/improvement-action/{action.Id}");

        Assert.Equal(shown, link is not null);
        Assert.Equal(shown ? HttpStatusCode.OK : HttpStatusCode.Forbidden, history.StatusCode);
    }

    [Theory]
    [InlineData(OrganisationCodes.Met, "IA4-01", "Red", "since 1 April 2021")]
    [InlineData(OrganisationCodes.Mopac, "A2", "Amber", "since 19 June 2019")]
    public async Task ActionDetails_SeededAction_RatingDatesFromItsDataNotTheDayItWasLoaded(string organisation, string code, string rag, string since)
    {
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        var action = await portal.ActiveActionAsync(organisation, code);

        var (_, page) = await panel.GetPageAsync($"/improvement/actions/{action.Id}");

        var card = page.QuerySelector("main .app-rag-card")!.TextContent;
        Assert.Contains(rag, card, StringComparison.Ordinal);
        Assert.Contains(since, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActionDetails_SeededCompleteActionWithoutACompletionDate_ClaimsNoStartDay()
    {
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);
        var id = await portal.WithDbAsync(db => db.ImprovementActions.AsNoTracking()
            .Where(a => a.Area!.Plan!.Organisation!.Code == OrganisationCodes.Mopac && a.Status == ActionStatus.VerifiedComplete && a.CompletedOn == null)
            .Select(a => a.Id).FirstAsync());

        var (_, page) = await panel.GetPageAsync($"/improvement/actions/{id}");

        Assert.DoesNotContain("since", page.QuerySelector("main .app-rag-card")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActionDetails_RaisedFromASurveyFlag_LinksToTheAreaNarrativeAndNamesTheReturns()
    {
        var survey = await portal.NewAnalysisSurveyAsync(["MetHQ", "MetHQ"], ["Partnership working"]);
        await portal.SubmitAsync(survey.Return(0), new SectionAnswer(3));
        await portal.SubmitAsync(survey.Return(1), new SectionAnswer(2));
        var (_, areaId, _) = await portal.NewOpenPlanAsync(2058, "IA95");
        var actionId = await portal.WithDbAsync(async db =>
        {
            var action = new ImprovementAction { AreaId = areaId, Code = "IA95-01", Description = "Raised from a flag", Source = ActionSource.SicSurvey };
            db.ImprovementActions.Add(action);
            db.SurveyFlags.Add(new Domain.Surveys.SurveyFlag
            {
                SurveyId = survey.SurveyId,
                SectionId = survey.SectionIds[0],
                ImprovementAction = action,
                RaisedByName = "Test set-up",
                RaisedAtUtc = DateTime.UtcNow,
                Sources = [new() { ReturnId = survey.Return(1) }],
            });
            await db.SaveChangesAsync();
            return action.Id;
        });
        using var auditor = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);
        using var panel = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (_, page) = await auditor.GetPageAsync($"/improvement/actions/{actionId}");
        var (_, panelPage) = await panel.GetPageAsync($"/improvement/actions/{actionId}");
        var (_, plain) = await auditor.GetPageAsync($"/improvement/actions/{(await portal.ActiveActionAsync(OrganisationCodes.Met, "IA2-05")).Id}");

        var origin = page.QuerySelector(".app-raised-from")!;
        Assert.Equal($"Raised from the Statement of Internal Control survey {survey.Year}, Partnership working", origin.QuerySelector("a")!.TextContent.Trim());
        Assert.Equal($"/surveys/{survey.SurveyId}/analysis/sections/{survey.SectionIds[0]}", origin.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(survey.Respondents[1].DisplayName, origin.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(survey.Respondents[0].DisplayName, origin.TextContent, StringComparison.Ordinal);
        Assert.Null(plain.QuerySelector(".app-raised-from"));
        // A Panel member may not read the survey: told where the action came from, without links they cannot follow.
        Assert.Contains($"Raised from the Statement of Internal Control survey {survey.Year}, Partnership working", panelPage.QuerySelector(".app-raised-from")!.TextContent, StringComparison.Ordinal);
        Assert.Null(panelPage.QuerySelector(".app-raised-from a"));
    }
}

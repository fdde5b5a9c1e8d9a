using System.Net;
using AngleSharp.Dom;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Surveys.Analysis;

/// <summary>The heat map, distribution, flags and previous-year comparison of a survey's submitted returns.</summary>
[Collection(SqliteSurveyAnalysisCollection.Name)]
public sealed class IndexTests(SqlitePortal portal)
{
    private const string Territorial = "Territorial Policing";
    private const string MetHq = "MetHQ";

    private static List<string> Rows(IDocument page, string table) =>
        [.. page.QuerySelectorAll($"#{table} tbody tr").Select(r => string.Join("|", r.Children.Select(c => string.Join(" ", c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))))];

    [Fact]
    public async Task Analysis_SubmittedReturns_HeatMapShowsMedianWordsWithCountsAndTheDistribution()
    {
        var survey = await portal.NewAnalysisSurveyAsync([Territorial, Territorial, MetHq, MetHq, Territorial, "Professionalism"]);
        // Area 1: Territorial Substantial + Limited (even: the worse middle, Limited); MetHQ Reasonable twice.
        // Area 2: Territorial No assurance twice; MetHQ Substantial + Reasonable (Reasonable).
        await portal.SubmitAsync(survey.Return(0), new SectionAnswer(0), new SectionAnswer(3));
        await portal.SubmitAsync(survey.Return(1), new SectionAnswer(2), new SectionAnswer(3));
        await portal.SubmitAsync(survey.Return(2), new SectionAnswer(1), new SectionAnswer(0));
        await portal.SubmitAsync(survey.Return(3), new SectionAnswer(1), new SectionAnswer(1));
        // In progress: does not count; Professionalism has nothing submitted.
        await portal.DraftAsync(survey.Return(4), new SectionAnswer(3), new SectionAnswer(3));
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, page) = await client.GetPageAsync($"/surveys/{survey.SurveyId}/analysis");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Only submitted returns count in the analysis: 4 of 6 returned — 67%", page.QuerySelector("#counted")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Aggregate((a, b) => a + " " + b), StringComparison.Ordinal);
        var heat = page.QuerySelector("#heat-map-table")!;
        Assert.NotNull(heat.QuerySelector("caption"));
        Assert.Equal(["Governance area", MetHq, "Professionalism", Territorial, "All business groups"], heat.QuerySelectorAll("thead th[scope=col]").Select(h => h.TextContent.Trim()));
        Assert.Equal(
            [
                "Test area 1|Reasonable assurance 2 returns|No returns|Limited assurance 2 returns, flagged|Reasonable assurance 4 returns",
                "Test area 2|Reasonable assurance 2 returns|No returns|No assurance 2 returns, flagged|No assurance 4 returns, flagged",
            ],
            Rows(page, "heat-map-table"));
        Assert.All(heat.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        Assert.Contains("median rating", page.QuerySelector("#heat-map-key")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            [
                "Test area 1|1 (25%)|2 (50%)|1 (25%)|0 (0%)|4",
                "Test area 2|1 (25%)|1 (25%)|0 (0%)|2 (50%)|4",
            ],
            Rows(page, "distribution-table"));
    }

    [Fact]
    public async Task Analysis_RatingsAtTheFlagLevel_ListsFlagsWithTheirReturnsNotYetActedOn()
    {
        var survey = await portal.NewAnalysisSurveyAsync([Territorial, MetHq]);
        await portal.SubmitAsync(survey.Return(0), new SectionAnswer(2), new SectionAnswer(0));
        await portal.SubmitAsync(survey.Return(1), new SectionAnswer(3), new SectionAnswer(1));
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (_, page) = await client.GetPageAsync($"/surveys/{survey.SurveyId}/analysis");

        var flag = page.QuerySelector($"#flag-{survey.SectionIds[0]}")!;
        Assert.Null(page.QuerySelector($"#flag-{survey.SectionIds[1]}"));
        Assert.Equal(
            [$"{survey.Respondents[1].DisplayName}|{MetHq}|No assurance", $"{survey.Respondents[0].DisplayName}|{Territorial}|Limited assurance"],
            flag.QuerySelectorAll("tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))));
        Assert.Contains("Not yet acted on", flag.TextContent, StringComparison.Ordinal);
        // Internal audit reads the analysis but cannot raise anything from it.
        Assert.Null(flag.QuerySelector("a.govuk-button"));
    }

    [Fact]
    public async Task Analysis_CopiedFromLastYear_ComparesEachAreaThenAndNow()
    {
        var last = await portal.NewAnalysisSurveyAsync([Territorial, MetHq], ["Risk management", "Information management"]);
        await portal.SubmitAsync(last.Return(0), new SectionAnswer(1), new SectionAnswer(3));
        await portal.SubmitAsync(last.Return(1), new SectionAnswer(1), new SectionAnswer(2));
        var now = await portal.NewAnalysisSurveyAsync([Territorial, MetHq], copiedFrom: last.SurveyId);
        await portal.SubmitAsync(now.Return(0), new SectionAnswer(0), new SectionAnswer(1));
        await portal.SubmitAsync(now.Return(1), new SectionAnswer(0), new SectionAnswer(2));
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (_, page) = await client.GetPageAsync($"/surveys/{now.SurveyId}/analysis");

        Assert.Null(page.QuerySelector("#no-previous"));
        Assert.Contains(last.Title, page.QuerySelector("#comparison + p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Governance area", last.Year.ToString(), now.Year.ToString(), "Matched by"], page.QuerySelectorAll("#comparison-table thead th").Select(h => h.TextContent.Trim()));
        Assert.Equal(
            [
                "Risk management|Reasonable assurance (2 returns)|Substantial assurance (2 returns)|title",
                "Information management|No assurance (2 returns)|Limited assurance (2 returns)|title",
            ],
            Rows(page, "comparison-table"));
    }

    [Fact]
    public async Task Analysis_NoEarlierSurvey_SaysThereIsNothingToCompareWith()
    {
        var survey = await portal.NewAnalysisSurveyAsync([MetHq], organisation: OrganisationCodes.Mopac, earliestYear: true);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MopacGovernance);

        var (response, page) = await client.GetPageAsync($"/surveys/{survey.SurveyId}/analysis");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is no previous survey of MOPAC to compare with", page.QuerySelector("#no-previous")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#comparison-table"));
        Assert.Contains("No return has been submitted yet", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analysis_PanelMember_IsForbidden()
    {
        var survey = await portal.NewAnalysisSurveyAsync([MetHq]);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Panel);

        var (response, _) = await client.GetPageAsync($"/surveys/{survey.SurveyId}/analysis");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

using System.Net;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Pages.Surveys.Analysis;

/// <summary>All the narrative the submitted returns gave one area, on one page.</summary>
[Collection(SqliteSurveyAnalysisCollection.Name)]
public sealed class NarrativeTests(SqlitePortal portal)
{
    [Fact]
    public async Task Narrative_Area_ShowsEachSubmittedReturnsRatingNarrativeCommentsAndEvidenceLinksSafely()
    {
        var survey = await portal.NewAnalysisSurveyAsync(["Territorial Policing", "MetHQ", "MetHQ"]);
        await portal.SubmitAsync(
            survey.Return(0),
            new SectionAnswer(2, "Risk registers are not reviewed quarterly.", YesNoPartly.Partly, "Only in two boroughs.", "The March audit.", "https://intranet.example.org/risk-register\njavascript:alert(1)"),
            new SectionAnswer(0));
        await portal.SubmitAsync(survey.Return(1), new SectionAnswer(0, "All good here.", YesNoPartly.Yes), new SectionAnswer(0));
        await portal.DraftAsync(survey.Return(2), new SectionAnswer(3, "Draft narrative nobody has signed."));
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.Auditor);

        var (response, page) = await client.GetPageAsync($"/surveys/{survey.SurveyId}/analysis/sections/{survey.SectionIds[0]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Draft narrative nobody has signed.", main, StringComparison.Ordinal);
        Assert.Equal("2 submitted returns.", page.QuerySelector("#shown")!.TextContent.Trim());
        var limited = page.QuerySelector($"#return-{survey.Return(0)}")!;
        // The worst rating first.
        Assert.Equal($"return-{survey.Return(0)}", page.QuerySelector("section.app-narrative")!.Id);
        Assert.Equal(survey.Respondents[0].DisplayName, limited.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("Territorial Policing", limited.TextContent, StringComparison.Ordinal);
        Assert.Equal("Limited assurance", limited.QuerySelector(".app-narrative__rating")!.TextContent.Trim());
        Assert.Contains("Risk registers are not reviewed quarterly.", limited.TextContent, StringComparison.Ordinal);
        Assert.Contains("Partly", limited.TextContent, StringComparison.Ordinal);
        Assert.Contains("Only in two boroughs.", limited.TextContent, StringComparison.Ordinal);
        Assert.Contains("The March audit.", limited.TextContent, StringComparison.Ordinal);
        var links = limited.QuerySelectorAll(".app-evidence-links li").ToList();
        Assert.Equal("https://intranet.example.org/risk-register", links[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(links[1].QuerySelector("a"));
        Assert.Equal("javascript:alert(1)", links[1].TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript']"));
        Assert.Contains("All good here.", page.QuerySelector($"#return-{survey.Return(1)}")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Narrative_FilteredByRating_ShowsOnlyThoseReturns()
    {
        var survey = await portal.NewAnalysisSurveyAsync(["MetHQ", "MetHQ", "Professionalism"]);
        await portal.SubmitAsync(survey.Return(0), new SectionAnswer(1), new SectionAnswer(0));
        await portal.SubmitAsync(survey.Return(1), new SectionAnswer(3, "No assurance: the contract lapsed."), new SectionAnswer(0));
        await portal.SubmitAsync(survey.Return(2), new SectionAnswer(1), new SectionAnswer(0));
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (_, page) = await client.GetPageAsync($"/surveys/{survey.SurveyId}/analysis/sections/{survey.SectionIds[0]}?rating=1");
        var (_, none) = await client.GetPageAsync($"/surveys/{survey.SurveyId}/analysis/sections/{survey.SectionIds[0]}?rating=2");

        Assert.Equal([survey.Return(0), survey.Return(2)], page.QuerySelectorAll("section.app-narrative").Select(s => int.Parse(s.Id!["return-".Length..], System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.Equal("2 submitted returns rated Reasonable assurance.", page.QuerySelector("#shown")!.TextContent.Trim());
        Assert.Equal("Reasonable assurance (2)", page.QuerySelector("#rating option[selected]")!.TextContent.Trim());
        Assert.Empty(none.QuerySelectorAll("section.app-narrative"));
    }

    [Fact]
    public async Task Narrative_SectionOfAnotherSurvey_IsNotFound()
    {
        var one = await portal.NewAnalysisSurveyAsync(["MetHQ"]);
        var other = await portal.NewAnalysisSurveyAsync(["MetHQ"]);
        using var client = await portal.SignedInAsync(PortalFactory.Accounts.MetGovernance);

        var (response, _) = await client.GetPageAsync($"/surveys/{one.SurveyId}/analysis/sections/{other.SectionIds[0]}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

using GovernancePortal.BrowserTests.Support;
using GovernancePortal.IntegrationTests.Pages.Surveys;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.BrowserTests;

/// <summary>axe on the survey's tracking, analysis, narrative and raise pages, with submitted returns and a flag to show.</summary>
public sealed class SurveyAnalysisSweepTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task SurveyAnalysisPages_GovernanceOfficer_HaveNoAxeViolations()
    {
        var survey = await Fixture.Portal.SampleSurveyAsync();
        await Fixture.Portal.SubmitAsync(survey.Return(1), new SectionAnswer(1, "Controls work.", Domain.Surveys.YesNoPartly.Partly, "Mostly.", "Audit", "https://intranet.example.org/evidence"), new SectionAnswer(3));

        var failures = await Fixture.SweepAsync(
            PortalFactory.Accounts.MetGovernance,
            $"/surveys/{survey.SurveyId}/tracking",
            $"/surveys/{survey.SurveyId}/tracking?status=all",
            $"/surveys/{survey.SurveyId}/analysis",
            $"/surveys/{survey.SurveyId}/analysis/sections/{survey.SectionIds[0]}",
            $"/surveys/{survey.SurveyId}/flags/{survey.SectionIds[0]}/raise");

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Papers.Compose;

[Collection(SqlitePaperComposeCollection.Name)]
public sealed class PaperCheckRunnerTests(SqlitePortal portal)
{
    /// <summary>Composes the AGS (after <paramref name="edit"/>, not saved) and runs the checks on it.</summary>
    private Task<(PaperFacts Facts, IReadOnlyList<CheckFinding> Findings)> CheckAsync(int paperId, Action<Paper>? edit = null) =>
        portal.WithDbAsync(async db =>
        {
            var paper = (await PaperComposer.LoadAsync(db, paperId, CancellationToken.None))!;
            edit?.Invoke(paper);
            var composer = ComposeTestData.Composer(db);
            var runner = new PaperCheckRunner(db, composer);
            return (await runner.FactsAsync(paper, await composer.ComposeAsync(paper, CancellationToken.None), CancellationToken.None), await runner.RunAsync(paper, CancellationToken.None));
        });

    [Fact]
    public async Task RunAsync_PaperWithKnownProblems_FindsEachWhereItIsFixed()
    {
        var scenario = await portal.NewScenarioAsync();

        var (facts, findings) = await CheckAsync(scenario.AnnualPaperId, paper =>
        {
            var text = paper.OrderedSections.First(s => s.Content == SectionContent.Text);
            paper.EditSection(text, text.Heading, "Action ST-01 is still open. The date is TBC. The MOPAC board met.");
        });

        Assert.Contains(findings, f => f is { Target: CheckTarget.SurveyAnalysis } && f.TargetId == scenario.SurveyId && f.Message.Contains("1 Risk management", StringComparison.Ordinal) && f.Message.Contains("Limited assurance", StringComparison.Ordinal));
        Assert.Single(findings, f => f.Target == CheckTarget.SurveyAnalysis);
        Assert.Contains(findings, f => f is { Target: CheckTarget.ImprovementArea } && f.TargetId == scenario.UnledAreaId);
        Assert.Contains(findings, f => f.Target == CheckTarget.Section && f.Message.Contains("ST-01", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Message.Contains("ST-03", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Target == CheckTarget.Section && f.Message.Contains("\"TBC\"", StringComparison.Ordinal));
        var acronyms = Assert.Single(findings, f => f.Target == CheckTarget.Glossary);
        Assert.Contains("MOPAC", acronyms.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SIC", acronyms.Message, StringComparison.Ordinal);

        Assert.Equal(["OP-02", "OP-03", "ST-01", "ST-02"], facts.ClosedActions.Select(a => a.Code));
        Assert.Equal([("Sam Signer", "Commissioner"), ("Pat Partner", "Chief Executive")], facts.Signatories);
        var generated = facts.Sections.Single(s => s.Content == SectionContent.LastYearIssues);
        Assert.Equal("Own text of LastYearIssues.", generated.Text);
        Assert.Contains("Completed on 10 February 2025", generated.GeneratedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Own text", generated.GeneratedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SurveyConcernRaisedIntoThePlan_IsAddressed()
    {
        var scenario = await portal.NewScenarioAsync();
        await portal.WithDbAsync(async db =>
        {
            var area = await db.ImprovementAreas.SingleAsync(a => a.Id == scenario.UnledAreaId);
            db.SurveyFlags.Add(new SurveyFlag { SurveyId = scenario.SurveyId, SectionId = scenario.RiskSectionId, ImprovementAreaId = area.Id, RaisedByName = "Test set-up", RaisedAtUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        var (facts, findings) = await CheckAsync(scenario.AnnualPaperId);

        Assert.True(Assert.Single(facts.SurveyConcerns).HasImprovementAction);
        Assert.DoesNotContain(findings, f => f.Target == CheckTarget.SurveyAnalysis);
    }

    [Fact]
    public async Task RunAsync_ImprovementAreaLinkedToTheGovernanceArea_AddressesTheConcern()
    {
        var scenario = await portal.NewScenarioAsync();
        await portal.WithDbAsync(async db =>
        {
            var area = await db.ImprovementAreas.Include(a => a.GovernanceAreas).SingleAsync(a => a.Id == scenario.UnledAreaId);
            area.GovernanceAreas.Add(await db.GovernanceAreas.SingleAsync(g => g.OrganisationId == scenario.OrganisationId && g.Reference == "1"));
            return await db.SaveChangesAsync();
        });

        var (_, findings) = await CheckAsync(scenario.AnnualPaperId);

        Assert.DoesNotContain(findings, f => f.Target == CheckTarget.SurveyAnalysis);
    }

    [Fact]
    public async Task RunAsync_GeneratedSectionWithoutDataOrText_IsEmpty()
    {
        var paperId = await portal.NewEmptyPaperAsync();

        var (facts, findings) = await CheckAsync(paperId, paper =>
        {
            var survey = paper.OrderedSections.Single(s => s.Content == SectionContent.SurveyResults);
            paper.EditSection(survey, survey.Heading, null);
        });

        var section = facts.Sections.Single(s => s.Content == SectionContent.SurveyResults);
        Assert.Equal(string.Empty, section.GeneratedText);
        Assert.Contains(findings, f => f.TargetId == section.Id && f.Message == $"{section.Title} is empty");
        Assert.Empty(facts.SurveyConcerns);
        Assert.Empty(facts.ClosedActions);
        Assert.Empty(facts.AreasWithoutLead);
    }
}

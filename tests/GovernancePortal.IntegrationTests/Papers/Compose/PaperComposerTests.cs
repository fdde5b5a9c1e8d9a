using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Papers.Compose;

[Collection(SqlitePaperComposeCollection.Name)]
public sealed class PaperComposerTests(SqlitePortal portal)
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PortalFactory, Task<ComposeScenario>> Scenarios = [];

    /// <summary>One scenario per portal, shared by these read-only tests.</summary>
    private Task<ComposeScenario> ScenarioAsync() => Scenarios.GetValue(portal, p => p.NewScenarioAsync());

    private async Task<IReadOnlyList<DocBlock>> AnnualAsync(SectionContent content) =>
        await portal.GeneratedAsync((await ScenarioAsync()).AnnualPaperId, content);

    private async Task<IReadOnlyList<DocBlock>> ProgressAsync(SectionContent content) =>
        await portal.GeneratedAsync((await ScenarioAsync()).ProgressPaperId, content);

    private static IReadOnlyList<string> Lines(IReadOnlyList<DocBlock> blocks) => PaperText.Lines(new DocSection("x", null, null, "x", blocks));

    private static IReadOnlyList<(int Level, string Text)> Headings(IReadOnlyList<DocBlock> blocks) => [.. blocks.OfType<DocHeading>().Select(h => (h.Level, h.Text))];

    [Fact]
    public async Task Compose_EverySection_OwnTextThenGeneratedContent()
    {
        var scenario = await ScenarioAsync();

        var (paper, document) = await portal.ComposeAsync(scenario.AnnualPaperId);

        Assert.Equal(paper.Sections.Count, document.Sections.Count);
        foreach (var section in paper.OrderedSections.Where(s => s.Content != SectionContent.Text))
        {
            var composed = document.Sections.Single(s => s.SectionId == section.Id);
            Assert.Equal($"Own text of {section.Content}.", PaperText.Lines(composed)[0]);
            Assert.NotEmpty(PaperComposer.GeneratedBlocks(section, composed));
            Assert.DoesNotContain(PaperComposer.GeneratedBlocks(section, composed), b => b is DocNote n && n.Text.Contains("not available", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Compose_TextSection_GeneratesNothing() => Assert.Empty(await AnnualAsync(SectionContent.Text));

    [Fact]
    public async Task GovernanceFramework_PrinciplesInOrderWithTheirCurrentAreas()
    {
        var table = Assert.IsType<DocTable>(Assert.Single(await AnnualAsync(SectionContent.GovernanceFramework)));

        Assert.Equal("The governance areas under each principle", table.Caption);
        Assert.Equal(["Principle", "Governance areas"], table.Columns.Select(c => c.Header));
        Assert.Equal(
            ["Principle | Governance areas", "Behaving with integrity | • 1. Strategic objectives and plans", "Ensuring openness | • 2 Openness"],
            Lines([table]));
    }

    [Fact]
    public async Task KeyControls_MetStyleControlsOfTheYearAndMopacStyleCommitments()
    {
        var blocks = await AnnualAsync(SectionContent.KeyControls);

        Assert.Equal(
            [(3, "1. Strategic objectives and plans"), (4, "Key controls to manage this activity"), (4, "Planning"), (3, "2 Openness")],
            Headings(blocks));
        Assert.Equal(
            ["1. Strategic objectives and plans", "Key controls to manage this activity", "Planning", "The Management Board sets the plan.", "Plans are reviewed each year.",
                "2 Openness", "To be open in all we do.", "We commit to:", "• Publish decisions.", "• Answer requests:", "  • on time", "  • in full"],
            Lines(blocks));
        var commitments = Assert.IsType<DocList>(blocks[^1]);
        Assert.Equal(["Publish decisions.", "Answer requests:"], commitments.Items.Select(i => PaperText.Runs(i.Runs)));
        Assert.Equal(2, Assert.Single(commitments.Items[1].Children).Items.Count);
    }

    [Fact]
    public async Task AreaReview_SubTopicThenActivityAndIntendedActivity()
    {
        var blocks = await AnnualAsync(SectionContent.AreaReview);

        Assert.Equal(
            ["1. Strategic objectives and plans", "Planning", "Activity during 2024/25", "We refreshed the plan.", "Intended activity over the next year", "We will consult on the plan."],
            Lines(blocks));
        Assert.Equal([3, 4, 4, 4], Headings(blocks).Select(h => h.Level));
    }

    [Fact]
    public async Task PrincipleReview_QuestionsPerPrincipleWithTheResponseHeadingFromItsSubTopic()
    {
        var blocks = await AnnualAsync(SectionContent.PrincipleReview);

        Assert.Equal(
            ["Behaving with integrity", "What is working well?", "Board scrutiny works.", "How did we respond to the 2023/24 AGS?", "We published a response.", "What could be improved?", "Publish the plan sooner."],
            Lines(blocks));
    }

    [Fact]
    public async Task ImprovementTable_PrinciplesWithImprovementsUnderTheOrganisationsName()
    {
        var scenario = await ScenarioAsync();

        var table = Assert.IsType<DocTable>(Assert.Single(await AnnualAsync(SectionContent.ImprovementTable)));

        Assert.Equal("Key improvement areas for 2025/26", table.Caption);
        Assert.Equal(["Principle", scenario.ShortName], table.Columns.Select(c => c.Header));
        Assert.Equal(["Behaving with integrity | Publish the plan sooner."], Lines([table]).Skip(1));
    }

    [Fact]
    public async Task GovernanceIssues_NextYearsPlanAreasWithLeadsAndActions()
    {
        var blocks = await AnnualAsync(SectionContent.GovernanceIssues);

        Assert.Equal([(3, "1. Strategy improvements"), (3, "2. Openness improvements")], Headings(blocks));
        var lines = Lines(blocks);
        Assert.Contains("Lead: Lee Lead (Director of Strategy) / Chief Officer", lines);
        Assert.Contains("Lead: Not assigned", lines);
        Assert.Contains("ST-03 | Consult on the plan | Chief Officer | 31 December 2025", lines);
        Assert.Contains("OP-01 | Publish the register | Head of Communications | 30 September 2025", lines);
        Assert.All(blocks.OfType<DocTable>(), t => Assert.Equal(["Action", "Description", "Owner", "Due"], t.Columns.Select(c => c.Header)));
    }

    [Fact]
    public async Task LastYearIssues_OutcomeOfEachActionOfTheYearsPlan()
    {
        var table = Assert.IsType<DocTable>(Assert.Single(await AnnualAsync(SectionContent.LastYearIssues)));

        Assert.Equal("How last year's governance issues were resolved", table.Caption);
        Assert.Equal(
            [
                "Action | Description | Outcome",
                "ST-01 | Refresh the strategy | Completed on 10 February 2025",
                "ST-02 | Merge the boards | Withdrawn on 20 January 2025: No longer needed",
                "ST-03 | Consult on the plan | Carried forward into the 2025/26 plan as ST-03",
            ],
            Lines([table]));
    }

    [Fact]
    public async Task SurveyResults_ResponseRateAndEachAreasRatingInWords()
    {
        var blocks = await AnnualAsync(SectionContent.SurveyResults);

        var lines = Lines(blocks);
        Assert.Equal("SIC survey 2024/25: 2 of 3 returned — 67%.", lines[0]);
        var table = Assert.IsType<DocTable>(blocks[1]);
        Assert.Equal(["Area", "Rating", "Substantial assurance", "Reasonable assurance", "Limited assurance", "No assurance"], table.Columns.Select(c => c.Header));
        Assert.Equal(["1 Risk management | Limited assurance | 0 | 0 | 2 | 0", "2 Openness | Reasonable assurance | 1 | 1 | 0 | 0"], Lines([table]).Skip(1));
    }

    [Fact]
    public async Task AuditOpinion_OpinionQuotedWithBasisAndRecommendations()
    {
        var blocks = await AnnualAsync(SectionContent.AuditOpinion);

        var lines = Lines(blocks);
        Assert.Equal("Director of Audit's opinion on 20 May 2025:", lines[0]);
        var quote = Assert.IsType<DocParagraph>(blocks[1]);
        Assert.True(quote.Runs[0].Emphasis);
        Assert.Contains("An adequate control environment.", lines[1], StringComparison.Ordinal);
        Assert.Equal("Based on 12 reviews.", lines[2]);
        var table = Assert.IsType<DocTable>(blocks[^1]);
        Assert.Equal("Recommendations", table.Caption);
        Assert.Equal("R1 | Improve the risk register | High | Agreed; by March.", Lines([table])[^1]);
    }

    [Fact]
    public async Task Declaration_SignatoriesInOrderNotYetSigned()
    {
        var signatures = Assert.IsType<DocSignatures>(Assert.Single(await AnnualAsync(SectionContent.Declaration)));

        Assert.Equal([("Sam Signer", "Commissioner", (DateOnly?)null), ("Pat Partner", "Chief Executive", null)], signatures.Signatories.Select(s => (s.Name, s.Role, s.SignedOn)));
    }

    [Fact]
    public async Task DocumentControl_LabelledRowsWithoutColumnHeaders()
    {
        var table = Assert.IsType<DocTable>(Assert.Single(await AnnualAsync(SectionContent.DocumentControl)));

        Assert.Equal("Document control", table.Caption);
        Assert.True(table.FirstColumnIsHeader);
        Assert.False(table.ShowColumnHeaders);
        Assert.Equal(["Protective marking | Not protectively marked", "Owner | Governance team"], Lines([table]));
    }

    [Fact]
    public async Task Glossary_EntriesSortedByAcronymIgnoringCase()
    {
        var table = Assert.IsType<DocTable>(Assert.Single(await AnnualAsync(SectionContent.Glossary)));

        Assert.Equal("Glossary of terms", table.Caption);
        Assert.Equal(["agm", "AGS", "SIC"], Lines([table]).Skip(1).Select(l => l.Split(" | ")[0]));
    }

    [Fact]
    public async Task Appendices_NoneAppended_SaysSo() =>
        Assert.Equal("No papers are appended.", Assert.IsType<DocNote>(Assert.Single(await AnnualAsync(SectionContent.Appendices))).Text);

    [Fact]
    public async Task ProgressSummary_CountsAsAtTheMeetingDate()
    {
        var blocks = await ProgressAsync(SectionContent.ProgressSummary);

        var lines = Lines(blocks);
        Assert.Equal("Improvement plan 2025/26 as at 15 October 2025. 4 actions: 2 (50%) complete, 0 (0%) on track, 1 (25%) with revised timescales and 1 (25%) overdue.", lines[0]);
        var table = Assert.IsType<DocTable>(blocks[1]);
        Assert.Contains("Total actions | 4 | ", Lines([table]));
        Assert.Contains("Overdue | 1 | 25%", Lines([table]));
        Assert.Contains(table.Rows, r => r[1].Rag == RagStatus.Red && PaperText.Lines(new DocSection("x", null, null, "x", r[1].Blocks))[0] == "1");
    }

    [Fact]
    public async Task ProgressRag_PerAreaWithRagCellsAndTheRule()
    {
        var blocks = await ProgressAsync(SectionContent.ProgressRag);

        var table = Assert.IsType<DocTable>(blocks[0]);
        Assert.Equal(["Area", "Lead", "Red", "Amber", "Green", "Complete", "Latest assessment"], table.Columns.Select(c => c.Header));
        Assert.Equal([null, RagStatus.Amber, null], table.Rows[0].Skip(2).Take(3).Select(c => c.Rag));
        Assert.Equal(
            ["1 Strategy improvements | Lee Lead (Director of Strategy) / Chief Officer | 0 | Amber: 1 | 0 | 0 | Not assessed", "2 Openness improvements | Not assigned | Red: 1 | 0 | 0 | 2 | Some progress, 30 September 2025"],
            Lines([table]).Skip(1));
        Assert.Equal($"How RAG is rated: {RagRule.Standard.Description}", Lines(blocks)[^1]);
    }

    [Fact]
    public async Task SlippedActions_RevisedDueDatesWithTheLedgersReason()
    {
        var table = Assert.IsType<DocTable>(Assert.Single(await ProgressAsync(SectionContent.SlippedActions)));

        Assert.Equal(["ST-03 | Consult on the plan | 30 June 2025 | 31 December 2025 | Waiting for the new board"], Lines([table]).Skip(1));
    }

    [Fact]
    public async Task CompletedActions_OnlySinceThePreviousReport()
    {
        var table = Assert.IsType<DocTable>(Assert.Single(await ProgressAsync(SectionContent.CompletedActions)));

        Assert.Equal("Actions completed between 1 July 2025 and 15 October 2025", table.Caption);
        Assert.Equal(["OP-02 | Open the meetings | 20 August 2025"], Lines([table]).Skip(1));
    }

    [Fact]
    public async Task Compose_OrganisationWithNoData_EachGeneratedSectionSaysWhatIsMissing()
    {
        var paperId = await portal.NewEmptyPaperAsync();

        var (paper, document) = await portal.ComposeAsync(paperId);

        var notes = paper.OrderedSections.Where(s => s.Content != SectionContent.Text)
            .ToDictionary(s => s.Content, s => Assert.IsType<DocNote>(Assert.Single(PaperComposer.GeneratedBlocks(s, document.Sections.Single(d => d.SectionId == s.Id)))).Text);
        Assert.Equal("No improvement plan covers 2025/26.", notes[SectionContent.GovernanceIssues]);
        Assert.Equal("No improvement plan covers 2024/25.", notes[SectionContent.LastYearIssues]);
        Assert.Equal("No SIC survey data for 2024/25.", notes[SectionContent.SurveyResults]);
        Assert.Equal("No internal audit opinion has been entered for 2024/25.", notes[SectionContent.AuditOpinion]);
        Assert.Equal("No signatories have been named.", notes[SectionContent.Declaration]);
        Assert.Equal("The glossary is empty.", notes[SectionContent.Glossary]);
    }
}

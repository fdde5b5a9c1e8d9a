using GovernancePortal.BrowserTests.Support;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Pages.Papers;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.BrowserTests;

/// <summary>axe on every page of drafting a paper, as the Met's governance officer (papers of its own at each step of the workflow).</summary>
public sealed class PaperSweepTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    // The journey (PaperJourneyTests) runs axe on the pages it passes through: the list, a draft, a section, its
    // comments, the checks, each workflow step, versions, the comparison, the preview and a cover report. This sweep
    // covers the pages and states the journey does not reach.
    [Fact]
    public async Task PaperPages_Governance_HaveNoAxeViolations()
    {
        var draft = await Fixture.Portal.BuildPaperAsync(title: "Sweep draft");
        var review = await Fixture.Portal.BuildPaperAsync(status: PaperStatus.InReview, title: "Sweep review");
        var cover = await Fixture.Portal.BuildPaperAsync(kind: PaperKind.CoverReport, title: "Sweep cover");

        var failures = await Fixture.SweepAsync(
            PortalFactory.Accounts.MetGovernance,
            "/papers/create",
            $"/papers/{draft.Id}/edit",
            $"/papers/{draft.Id}/sections/{draft.SectionIds[1]}",
            $"/papers/{draft.Id}/signatories",
            $"/papers/{draft.Id}/document-control",
            $"/papers/{review.Id}/return",
            $"/papers/{cover.Id}/appendices");
        failures = [.. failures, .. await Fixture.SweepAsync(PortalFactory.Accounts.Auditor, $"/papers/{review.Id}")];

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

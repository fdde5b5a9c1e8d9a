using GovernancePortal.BrowserTests.Support;
using GovernancePortal.Domain.Papers;
using GovernancePortal.IntegrationTests.Pages.Papers;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.BrowserTests;

/// <summary>axe on every page of drafting a paper, as the Met's governance officer (papers of its own at each step of the workflow).</summary>
public sealed class PaperSweepTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task PaperPages_Governance_HaveNoAxeViolations()
    {
        var draft = await Fixture.Portal.BuildPaperAsync(title: "Sweep draft");
        await Fixture.Portal.CommentAsync(draft.Id, draft.TextSectionId);
        var review = await Fixture.Portal.BuildPaperAsync(status: PaperStatus.InReview, title: "Sweep review");
        var approved = await Fixture.Portal.BuildPaperAsync(status: PaperStatus.Approved, title: "Sweep approved");
        var signed = await Fixture.Portal.BuildPaperAsync(status: PaperStatus.Signed, title: "Sweep signed");
        var cover = await Fixture.Portal.BuildPaperAsync(kind: PaperKind.CoverReport, title: "Sweep cover");

        var failures = await Fixture.SweepAsync(
            PortalFactory.Accounts.MetGovernance,
            "/papers",
            "/papers/create",
            $"/papers/{draft.Id}",
            $"/papers/{draft.Id}/edit",
            $"/papers/{draft.Id}/sections/{draft.TextSectionId}",
            $"/papers/{draft.Id}/sections/{draft.SectionIds[1]}",
            $"/papers/{draft.Id}/sections/{draft.TextSectionId}/comments",
            $"/papers/{draft.Id}/checks",
            $"/papers/{draft.Id}/submit",
            $"/papers/{draft.Id}/signatories",
            $"/papers/{draft.Id}/document-control",
            $"/papers/{draft.Id}/preview",
            $"/papers/{review.Id}",
            $"/papers/{review.Id}/approve",
            $"/papers/{review.Id}/return",
            $"/papers/{approved.Id}/sign",
            $"/papers/{signed.Id}/publish",
            $"/papers/{signed.Id}/versions",
            $"/papers/{signed.Id}/versions/compare?from=1&to=4",
            $"/papers/{cover.Id}",
            $"/papers/{cover.Id}/edit",
            $"/papers/{cover.Id}/appendices");

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task PaperPages_Reviewer_HaveNoAxeViolations()
    {
        var review = await Fixture.Portal.BuildPaperAsync(status: PaperStatus.InReview, title: "Sweep auditor review");
        await Fixture.Portal.CommentAsync(review.Id, review.TextSectionId);

        var failures = await Fixture.SweepAsync(
            PortalFactory.Accounts.Auditor,
            "/papers",
            $"/papers/{review.Id}",
            $"/papers/{review.Id}/sections/{review.TextSectionId}/comments",
            $"/papers/{review.Id}/checks");

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

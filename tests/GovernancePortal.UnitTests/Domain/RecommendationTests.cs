using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Recommendations;

namespace GovernancePortal.UnitTests.Domain;

public sealed class RecommendationTests
{
    private static readonly DateOnly Due = new(2027, 3, 31);
    private static readonly Actor Governance = new("gov", "Demo Governance Officer", new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc));
    private static readonly Actor Owner = new("lead", "Demo Senior Lead", new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc));
    private static readonly Actor Other = new("gov2", "Another Officer", new DateTime(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc));

    private static RecommendationDetails Details(DateOnly? due = null, string text = "Improve the vetting backlog") =>
        new("R1", text, null, null, DeliveryRoute.LocalImprovement, null, null, "Director of Professionalism", due ?? Due);

    private static Recommendation Raise(DateOnly? due = null)
    {
        var report = new SourceReport { Id = 7, OrganisationId = 1, SourceId = 1, Title = "PEEL inspection 2026" };
        return Recommendation.Raise(report, Details(due), Governance);
    }

    private static Recommendation Proposed()
    {
        var r = Raise();
        r.ProposeClosure("The backlog is cleared and monitored monthly", Owner);
        return r;
    }

    [Fact]
    public void ProposeClosure_WithoutEvidence_IsRefused()
    {
        var r = Raise();

        var error = Assert.Throws<DomainException>(() => r.ProposeClosure("  ", Owner));

        Assert.Contains("evidence", error.Message, StringComparison.Ordinal);
        Assert.Equal(RecommendationStatus.Open, r.Status);
    }

    [Fact]
    public void AcceptClosure_ByTheProposer_IsRefusedAndStaysProposed()
    {
        var r = Proposed();

        var error = Assert.Throws<DomainException>(() => r.AcceptClosure(null, null, Owner with { AtUtc = Other.AtUtc }));

        Assert.Equal("Someone other than the person who proposed closure must accept it", error.Message);
        Assert.Equal(RecommendationStatus.ProposedForClosure, r.Status);
    }

    [Fact]
    public void AcceptClosure_BySomeoneElse_ClosesWithTheBoardAndDay()
    {
        var r = Proposed();

        r.AcceptClosure("Evidence seen", "Risk and Assurance Board", Other);

        Assert.Equal(RecommendationStatus.Closed, r.Status);
        Assert.Equal(new DateOnly(2026, 11, 25), r.ClosedOn);
        Assert.Equal("Risk and Assurance Board", r.ApprovingBody);
        Assert.False(r.IsOpen);
    }

    [Fact]
    public void RejectClosure_NeedsAReasonAndReturnsToInProgress()
    {
        var r = Proposed();

        Assert.Throws<DomainException>(() => r.RejectClosure("", Other));
        r.RejectClosure("No evidence of monitoring", Other);

        Assert.Equal(RecommendationStatus.InProgress, r.Status);
        Assert.Null(r.ClosureEvidence);
        Assert.Equal("No evidence of monitoring", r.History[^1].Text);
    }

    [Fact]
    public void Reopen_NeedsAReasonAndOnlyFromClosed()
    {
        var r = Proposed();
        Assert.Throws<DomainException>(() => r.Reopen("It came back", Other));
        r.AcceptClosure(null, null, Other);

        Assert.Throws<DomainException>(() => r.Reopen(" ", Other));
        r.Reopen("The backlog has grown again", Other);

        Assert.Equal(RecommendationStatus.InProgress, r.Status);
        Assert.Null(r.ClosedOn);
    }

    [Fact]
    public void Edit_WhenClosed_IsRefused()
    {
        var r = Proposed();
        r.AcceptClosure(null, null, Other);

        Assert.Throws<DomainException>(() => r.Edit(Details(text: "Changed"), null, Other));
    }

    [Fact]
    public void Edit_NewDueDate_NeedsAReasonAndIsRevisedSoAmberByTheStandardRule()
    {
        var r = Raise();
        var later = Due.AddMonths(3);

        Assert.Throws<DomainException>(() => r.Edit(Details(later), null, Other));
        r.Edit(Details(later), "Supplier delay", Other);

        Assert.Equal(Due, r.OriginalDueDate);
        Assert.Equal(later, r.DueDate);
        Assert.True(r.IsRevised);
        Assert.Equal(RecommendationEventKind.DueDateChanged, r.History[^1].Kind);
        Assert.Equal(RagStatus.Amber, r.RagOn(RagRule.Standard, new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void RagOn_PastDueAndOpen_IsRedAndOverdue()
    {
        var r = Raise(new DateOnly(2026, 10, 31));
        var today = new DateOnly(2026, 12, 1);

        Assert.Equal(RagStatus.Red, r.RagOn(RagRule.Standard, today));
        Assert.True(r.IsOverdue(today));
    }

    [Fact]
    public void StatusOn_ReadsTheHistoryAsAtADay()
    {
        var r = Proposed();
        r.AcceptClosure(null, null, Other);

        Assert.Null(r.StatusOn(new DateOnly(2026, 11, 22)));
        Assert.Equal(RecommendationStatus.Open, r.StatusOn(new DateOnly(2026, 11, 23)));
        Assert.Equal(RecommendationStatus.ProposedForClosure, r.StatusOn(new DateOnly(2026, 11, 24)));
        Assert.Equal(RecommendationStatus.Closed, r.StatusOn(new DateOnly(2026, 11, 25)));
    }

    [Fact]
    public void Link_AnotherOrganisationsActionOrTwice_IsRefused()
    {
        var r = Raise();
        var action = new ImprovementAction { Id = 3, Code = "IA2-01", Description = "Clear the backlog" };

        Assert.Throws<DomainException>(() => r.Link(action, actionOrganisationId: 2));
        r.Link(action, actionOrganisationId: 1);
        var error = Assert.Throws<DomainException>(() => r.Link(action, actionOrganisationId: 1));

        Assert.Equal("IA2-01 is already linked", error.Message);
        Assert.Single(r.Links);
    }
}

using GovernancePortal.Domain.Improvement;

namespace GovernancePortal.UnitTests.Domain;

public sealed class RagRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static ImprovementAction Action(ActionStatus status, DateOnly? original, DateOnly? current) => new()
    {
        Code = "IA2-01",
        Description = "Develop a clear strategic approach",
        Status = status,
        OriginalDueDate = original,
        DueDate = current,
    };

    [Theory]
    [InlineData(ActionStatus.VerifiedComplete)]
    [InlineData(ActionStatus.ClosedWithoutAction)]
    public void Evaluate_Closed_IsGreenEvenWhenPastDue(ActionStatus status) =>
        Assert.Equal(RagStatus.Green, RagRule.Standard.Evaluate(Action(status, Today.AddDays(-100), Today.AddDays(-100)), Today));

    [Fact]
    public void Evaluate_OpenAndPastDueDate_IsRed() =>
        Assert.Equal(RagStatus.Red, RagRule.Standard.Evaluate(Action(ActionStatus.InProgress, Today.AddDays(-1), Today.AddDays(-1)), Today));

    [Fact]
    public void Evaluate_ReportedCompleteButNotVerifiedAndPastDue_IsRed() =>
        Assert.Equal(RagStatus.Red, RagRule.Standard.Evaluate(Action(ActionStatus.ReportedComplete, Today.AddDays(-5), Today.AddDays(-5)), Today));

    [Fact]
    public void Evaluate_DueToday_IsNotOverdue() =>
        Assert.Equal(RagStatus.Green, RagRule.Standard.Evaluate(Action(ActionStatus.InProgress, Today, Today), Today));

    [Fact]
    public void Evaluate_OpenWithRevisedLaterDate_IsAmber() =>
        Assert.Equal(RagStatus.Amber, RagRule.Standard.Evaluate(Action(ActionStatus.InProgress, Today.AddDays(-30), Today.AddDays(60)), Today));

    [Fact]
    public void Evaluate_RevisedDateAlsoPassed_IsRed() =>
        Assert.Equal(RagStatus.Red, RagRule.Standard.Evaluate(Action(ActionStatus.InProgress, Today.AddDays(-90), Today.AddDays(-10)), Today));

    [Fact]
    public void Evaluate_OpenOnTrack_IsGreen() =>
        Assert.Equal(RagStatus.Green, RagRule.Standard.Evaluate(Action(ActionStatus.NotStarted, Today.AddDays(30), Today.AddDays(30)), Today));

    [Fact]
    public void Evaluate_OpenWithoutDueDate_IsNotRated() =>
        Assert.Null(RagRule.Standard.Evaluate(Action(ActionStatus.InProgress, null, null), Today));

    [Fact]
    public void Evaluate_CarriedForward_IsNotRatedHere() =>
        Assert.Null(RagRule.Standard.Evaluate(Action(ActionStatus.CarriedForward, Today.AddDays(-1), Today.AddDays(-1)), Today));

    [Fact]
    public void IsOverdue_ClosedAction_IsFalse() =>
        Assert.False(Action(ActionStatus.VerifiedComplete, Today.AddDays(-1), Today.AddDays(-1)).IsOverdue(Today));
}

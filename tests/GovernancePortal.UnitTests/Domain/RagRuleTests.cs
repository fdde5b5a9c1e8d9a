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

    [Fact]
    public void Assess_OverdueForYears_RedSinceTheDayAfterTheDueDate()
    {
        var action = Action(ActionStatus.InProgress, new DateOnly(2021, 3, 31), new DateOnly(2021, 3, 31));

        var assessment = RagRule.Standard.Assess(action, new DateOnly(2026, 12, 3));

        Assert.Equal(new RagAssessment(RagStatus.Red, new DateOnly(2021, 4, 1)), assessment);
    }

    [Fact]
    public void Assess_RedAfterDaysOfGrace_RedSinceTheGraceEnded() =>
        Assert.Equal(
            new RagAssessment(RagStatus.Red, Today.AddDays(-100 + 15)),
            (RagRule.Standard with { RedAfterDaysOverdue = 14 }).Assess(Action(ActionStatus.InProgress, Today.AddDays(-100), Today.AddDays(-100)), Today));

    [Fact]
    public void Assess_WithinTheDueSoonWindow_AmberSinceItEnteredTheWindow() =>
        Assert.Equal(
            new RagAssessment(RagStatus.Amber, Today.AddDays(-20)),
            (RagRule.Standard with { AmberWithinDaysOfDue = 30 }).Assess(Action(ActionStatus.InProgress, Today.AddDays(10), Today.AddDays(10)), Today));

    [Fact]
    public void Assess_Revised_AmberSinceTheRevisionWasRecorded()
    {
        var action = Action(ActionStatus.InProgress, new DateOnly(2019, 3, 31), null);
        action.RevisionCount = 1;
        action.DateRevisions.Add(new DueDateRevision { Reason = "Delayed", RecordedByName = "Demo data", RecordedAtUtc = new DateTime(2019, 6, 19, 0, 0, 0, DateTimeKind.Utc) });

        Assert.Equal(new RagAssessment(RagStatus.Amber, new DateOnly(2019, 6, 19)), RagRule.Standard.Assess(action, Today));
    }

    [Fact]
    public void Assess_CompleteAction_GreenSinceItWasCompleted()
    {
        var action = Action(ActionStatus.VerifiedComplete, Today.AddDays(-100), Today.AddDays(-100));
        action.CompletedOn = Today.AddDays(-90);

        Assert.Equal(new RagAssessment(RagStatus.Green, Today.AddDays(-90)), RagRule.Standard.Assess(action, Today));
    }

    [Fact]
    public void Assess_OnTrack_LeavesTheStartToWhenTheChangeIsSeen() =>
        Assert.Equal(new RagAssessment(RagStatus.Green, null), RagRule.Standard.Assess(Action(ActionStatus.InProgress, Today.AddDays(30), Today.AddDays(30)), Today));
}

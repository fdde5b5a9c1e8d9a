using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.UnitTests.Domain;

public sealed class ImprovementActionTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Actor Owner = new("lead", "Demo Senior Lead", new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc));
    private static readonly Actor Governance = new("gov", "Demo Governance Officer", new DateTime(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc));

    private static ImprovementAction Action(DateOnly? due = null) => new()
    {
        Code = "IA2-01",
        Description = "Develop a clear strategic approach",
        OriginalDueDate = due,
        DueDate = due,
        Status = ActionStatus.InProgress,
    };

    /// <summary>An action of an organisation whose rule is <paramref name="rule"/> (so the action rates itself by it).</summary>
    private static ImprovementAction ActionOf(RagRule rule, DateOnly? due)
    {
        var organisation = new Organisation { Code = "MPS", Name = "Metropolitan Police Service", ShortName = "Met", RagRule = rule };
        var plan = new ImprovementPlan { Title = "Plan", Organisation = organisation, FirstYear = new ReportingYear(2026), LastYear = new ReportingYear(2026) };
        var area = new ImprovementArea { Title = "Strategy", Plan = plan };
        var action = Action(due);
        action.Area = area;
        return action;
    }

    [Fact]
    public void SubmitUpdate_AtRisk_RatesItselfAmberWithoutBeingAskedTo()
    {
        var action = ActionOf(RagRule.Standard, Today.AddDays(60));

        action.SubmitUpdate("Behind plan", OwnerAssessment.AtRisk, Owner);

        Assert.Equal(RagStatus.Amber, action.Rag);
    }

    [Fact]
    public void SubmitUpdate_OrganisationRuleIgnoresAtRisk_RatesItselfByItsOrganisationsRule()
    {
        var action = ActionOf(RagRule.Standard with { AmberWhenAtRisk = false }, Today.AddDays(60));

        action.SubmitUpdate("Behind plan", OwnerAssessment.AtRisk, Owner);

        Assert.Equal(RagStatus.Green, action.Rag);
    }

    [Fact]
    public void ReviseDueDate_LaterDate_RatesItselfAmberAsOfTheDayItIsRevised()
    {
        var action = ActionOf(RagRule.Standard, Today.AddDays(10));

        action.ReviseDueDate(Today.AddDays(100), "Supplier delay", Governance);

        Assert.Equal(RagStatus.Amber, action.Rag);
        Assert.Equal(Governance.Day, action.RagCalculatedOn);
    }

    [Fact]
    public void ClearRagOverride_AfterTheDueDatePassed_RatesItselfRedAgain()
    {
        var action = ActionOf(RagRule.Standard, Today.AddDays(-10));
        action.OverrideRag(RagStatus.Green, "Recovery plan agreed", Governance);

        action.ClearRagOverride(Governance);

        Assert.Equal(RagStatus.Red, action.Rag);
    }

    [Fact]
    public void AcceptUpdate_CompletionVerified_RatesItselfGreen()
    {
        var action = ActionOf(RagRule.Standard, Today.AddDays(-10));
        var report = action.ReportComplete("Done", "Minutes of 1 March", Owner);

        action.AcceptUpdate(report, null, Governance);

        Assert.Equal(RagStatus.Green, action.Rag);
    }

    [Fact]
    public void CloseWithoutAction_Overdue_RatesItselfGreen()
    {
        var action = ActionOf(RagRule.Standard, Today.AddDays(-10));

        action.CloseWithoutAction("Superseded", Governance);

        Assert.Equal(RagStatus.Green, action.Rag);
    }

    [Fact]
    public void ReviseDueDate_FirstDateOnActionWithoutOne_SetsOriginalWithoutLedgerEntry()
    {
        var action = Action();

        var revision = action.ReviseDueDate(Today.AddDays(90), null, Governance);

        Assert.Null(revision);
        Assert.Equal(Today.AddDays(90), action.OriginalDueDate);
        Assert.Equal(0, action.RevisionCount);
    }

    [Fact]
    public void ReviseDueDate_LaterDate_RecordsLedgerKeepsOriginalAndTurnsAmber()
    {
        var action = Action(Today.AddDays(10));

        var revision = action.ReviseDueDate(Today.AddDays(100), "Supplier delay", Governance);
        action.RecalculateRag(RagRule.Standard, Today);

        Assert.NotNull(revision);
        Assert.Equal(90, revision.DaysMoved);
        Assert.Equal(Today.AddDays(10), action.OriginalDueDate);
        Assert.Equal(Today.AddDays(100), action.DueDate);
        Assert.Equal(1, action.RevisionCount);
        Assert.Equal(RagStatus.Amber, action.Rag);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void ReviseDueDate_WithoutReason_IsRefused(string? reason)
    {
        var action = Action(Today);

        Assert.Throws<DomainException>(() => action.ReviseDueDate(Today.AddDays(30), reason, Governance));
        Assert.Empty(action.DateRevisions);
        Assert.Equal(Today, action.DueDate);
    }

    [Fact]
    public void SubmitUpdate_WhilePendingOne_IsRefusedAndFirstKept()
    {
        var action = Action(Today.AddDays(30));
        action.SubmitUpdate("First", OwnerAssessment.OnTrack, Owner);

        Assert.Throws<DomainException>(() => action.SubmitUpdate("Second", OwnerAssessment.OnTrack, Owner));
        Assert.Equal("First", Assert.Single(action.Updates).Narrative);
    }

    [Fact]
    public void SubmitUpdate_AtRisk_TurnsAmberUnderStandardRule()
    {
        var action = Action(Today.AddDays(30));

        action.SubmitUpdate("Slow going", OwnerAssessment.AtRisk, Owner);
        action.RecalculateRag(RagRule.Standard, Today);

        Assert.Equal(RagStatus.Amber, action.Rag);
        Assert.Equal(RagStatus.Green, new RagRule { AmberWhenAtRisk = false }.Evaluate(action, Today));
    }

    [Fact]
    public void ReturnUpdate_WithoutComment_IsRefused()
    {
        var action = Action(Today.AddDays(30));
        var update = action.SubmitUpdate("Progress", OwnerAssessment.OnTrack, Owner);

        Assert.Throws<DomainException>(() => action.ReturnUpdate(update, " ", Governance));
        Assert.Equal(UpdateReview.Pending, update.Review);
    }

    [Fact]
    public void AcceptUpdate_Progress_PublishesNarrativeAndKeepsUpdate()
    {
        var action = Action(Today.AddDays(30));
        var update = action.SubmitUpdate("Strategy drafted", OwnerAssessment.OnTrack, Owner);

        action.AcceptUpdate(update, null, Governance);

        Assert.Equal("Strategy drafted", action.Progress);
        Assert.Equal(UpdateReview.Accepted, update.Review);
        Assert.Equal("Demo Governance Officer", update.ReviewedByName);
        Assert.Equal(ActionStatus.InProgress, action.Status);
    }

    [Fact]
    public void ReportComplete_ThenVerify_ClosesAsCompleteAndGreen()
    {
        var action = Action(Today.AddDays(-5));
        var report = action.ReportComplete("Done", "Board minutes", Owner);
        Assert.Equal(ActionStatus.ReportedComplete, action.Status);
        Assert.True(action.IsOpen);

        action.AcceptUpdate(report, "Checked the minutes", Governance);
        action.RecalculateRag(RagRule.Standard, Today);

        Assert.Equal(ActionStatus.VerifiedComplete, action.Status);
        Assert.Equal(Governance.Day, action.CompletedOn);
        Assert.Equal(RagStatus.Green, action.Rag);
    }

    [Fact]
    public void ReportComplete_Rejected_ReopensWithReason()
    {
        var action = Action(Today.AddDays(5));
        var report = action.ReportComplete("Done", "Nothing attached", Owner);

        action.ReturnUpdate(report, "No evidence of the board decision", Governance);

        Assert.Equal(ActionStatus.InProgress, action.Status);
        Assert.Equal("No evidence of the board decision", report.ReviewComment);
    }

    [Fact]
    public void ReportComplete_WithoutEvidence_IsRefused()
    {
        var action = Action(Today);

        Assert.Throws<DomainException>(() => action.ReportComplete("Done", "", Owner));
        Assert.Equal(ActionStatus.InProgress, action.Status);
    }

    [Fact]
    public void OverrideRag_WithRationale_WinsOverRuleUntilCleared()
    {
        var action = Action(Today.AddDays(-10));
        action.RecalculateRag(RagRule.Standard, Today);
        Assert.Equal(RagStatus.Red, action.Rag);

        action.OverrideRag(RagStatus.Amber, "Recovery plan agreed", Governance);
        action.RecalculateRag(RagRule.Standard, Today);
        Assert.Equal(RagStatus.Amber, action.Rag);
        Assert.Equal(RagStatus.Red, action.CalculatedRag);

        action.ClearRagOverride(Governance);
        Assert.Equal(RagStatus.Red, action.Rag);
    }

    [Fact]
    public void RecalculateRag_UnchangedRatingOnALaterDay_KeepsTheDayItLastChanged()
    {
        var action = Action(Today.AddDays(30));
        action.RecalculateRag(RagRule.Standard, Today);

        var changedLater = action.RecalculateRag(RagRule.Standard, Today.AddDays(10));
        var unchangedSince = action.RagCalculatedOn;
        var changedWhenLate = action.RecalculateRag(RagRule.Standard, Today.AddDays(31));

        Assert.False(changedLater);
        Assert.Equal(Today, unchangedSince);
        Assert.True(changedWhenLate);
        Assert.Equal(Today.AddDays(31), action.RagCalculatedOn);
        Assert.Equal(RagStatus.Red, action.Rag);
    }

    [Fact]
    public void RecalculateRag_FirstRatedYearsAfterTheDueDate_RedSinceTheDayAfterItNotTheDayRated()
    {
        var action = Action(new DateOnly(2021, 3, 31));

        action.RecalculateRag(RagRule.Standard, new DateOnly(2026, 12, 3));

        Assert.Equal(RagStatus.Red, action.Rag);
        Assert.Equal(new DateOnly(2021, 4, 1), action.RagCalculatedOn);
    }

    [Fact]
    public void RecalculateRag_StoredDayWrongForAnUnchangedRed_IsCorrectedFromTheDueDate()
    {
        var action = Action(new DateOnly(2021, 3, 31));
        action.RecalculateRag(RagRule.Standard, Today);
        action.RagCalculatedOn = new DateOnly(2026, 12, 3);

        var changed = action.RecalculateRag(RagRule.Standard, new DateOnly(2026, 12, 4));

        Assert.False(changed);
        Assert.Equal(new DateOnly(2021, 4, 1), action.RagCalculatedOn);
    }

    [Fact]
    public void RecalculateRag_HistoryNotSeenToday_HasNoStartDayWhereTheDataGivesNone()
    {
        var action = Action(Today.AddDays(-10));
        action.Status = ActionStatus.VerifiedComplete;

        action.RecalculateRag(RagRule.Standard, Today, seenToday: false);
        action.RecalculateRag(RagRule.Standard, Today.AddDays(1));

        Assert.Equal(RagStatus.Green, action.Rag);
        Assert.Null(action.RagCalculatedOn);
    }

    [Fact]
    public void RequestDueDate_ApprovedByGovernance_MovesTheDateAndLedgerRecordsAskerAndApprover()
    {
        var action = Action(Today.AddDays(10));

        var request = action.RequestDueDate(Today.AddDays(100), "Supplier delay", Owner);
        var unchanged = action.DueDate;
        var revision = action.ApproveDateRequest(request, "Agreed at Management Board", Governance);
        action.RecalculateRag(RagRule.Standard, Governance.Day);

        Assert.Equal(Today.AddDays(10), unchanged);
        Assert.Equal(Today.AddDays(100), action.DueDate);
        Assert.Equal(Today.AddDays(10), action.OriginalDueDate);
        Assert.Equal(1, action.RevisionCount);
        Assert.Equal(("lead", "Demo Senior Lead"), (revision.RequestedByUserId, revision.RequestedByName));
        Assert.Equal(("gov", "Demo Governance Officer"), (revision.ApprovedByUserId, revision.ApprovedByName));
        Assert.Equal("Supplier delay", revision.Reason);
        Assert.Same(request, revision.Request);
        Assert.Equal(DueDateRequestDecision.Approved, request.Decision);
        Assert.Equal("Agreed at Management Board", request.DecisionComment);
        Assert.Equal(RagStatus.Amber, action.Rag);
        Assert.Equal(Governance.Day, action.RagCalculatedOn);
    }

    [Fact]
    public void RequestDueDate_WhileOneAwaitsADecision_IsRefused()
    {
        var action = Action(Today.AddDays(10));
        action.RequestDueDate(Today.AddDays(100), "Supplier delay", Owner);

        Assert.Throws<DomainException>(() => action.RequestDueDate(Today.AddDays(200), "Longer delay", Owner));
        Assert.Throws<DomainException>(() => action.ReviseDueDate(Today.AddDays(50), "Direct change", Governance));
        Assert.Single(action.DateRequests);
        Assert.Equal(Today.AddDays(10), action.DueDate);
    }

    [Fact]
    public void ApproveDateRequest_ByThePersonWhoAsked_IsRefused()
    {
        var action = Action(Today.AddDays(10));
        var request = action.RequestDueDate(Today.AddDays(100), "Supplier delay", Governance);

        Assert.Throws<DomainException>(() => action.ApproveDateRequest(request, null, Governance with { AtUtc = Governance.AtUtc.AddHours(1) }));
        Assert.True(request.IsPending);
        Assert.Equal(Today.AddDays(10), action.DueDate);
    }

    [Fact]
    public void RefuseDateRequest_WithAComment_KeepsTheDateAndOnlyWithOne()
    {
        var action = Action(Today.AddDays(10));
        var request = action.RequestDueDate(Today.AddDays(100), "Supplier delay", Owner);

        Assert.Throws<DomainException>(() => action.RefuseDateRequest(request, " ", Governance));
        action.RefuseDateRequest(request, "Deliver the first phase by the current date", Governance);

        Assert.Equal(DueDateRequestDecision.Refused, request.Decision);
        Assert.Equal("Demo Governance Officer", request.DecidedByName);
        Assert.Equal(Today.AddDays(10), action.DueDate);
        Assert.Empty(action.DateRevisions);
        Assert.Equal(0, action.RevisionCount);
    }

    [Fact]
    public void ReviseDueDate_ByGovernanceForTheOwner_RecordsTheOwnerAsAsker()
    {
        var action = Action(Today.AddDays(10));

        var revision = action.ReviseDueDate(Today.AddDays(40), "Asked at the quarterly review", Governance, Owner with { UserId = null });

        Assert.NotNull(revision);
        Assert.Equal((null, "Demo Senior Lead"), (revision.RequestedByUserId, revision.RequestedByName));
        Assert.Equal("Demo Governance Officer", revision.ApprovedByName);
    }

    [Fact]
    public void OverrideRag_WithoutRationale_IsRefused()
    {
        var action = Action(Today);

        Assert.Throws<DomainException>(() => action.OverrideRag(RagStatus.Green, "", Governance));
        Assert.Null(action.RagOverride);
    }

    [Fact]
    public void CloseWithoutAction_OnClosedAction_IsRefused()
    {
        var action = Action(Today);
        action.CloseWithoutAction("Overtaken by the new operating model", Governance);

        Assert.Equal(ActionStatus.ClosedWithoutAction, action.Status);
        Assert.Throws<DomainException>(() => action.CloseWithoutAction("Again", Governance));
    }

    [Fact]
    public void RagRule_Configured_DescribesAndAppliesItsSettings()
    {
        var rule = new RagRule { AmberWhenRevised = false, AmberWithinDaysOfDue = 14, RedAfterDaysOverdue = 30 };
        var dueSoon = Action(Today.AddDays(7));
        var slightlyLate = Action(Today.AddDays(-10));
        var revised = Action(Today.AddDays(60));
        revised.ReviseDueDate(Today.AddDays(90), "Delay", Governance);

        Assert.Equal(RagStatus.Amber, rule.Evaluate(dueSoon, Today));
        Assert.Equal(RagStatus.Amber, rule.Evaluate(slightlyLate, Today));
        Assert.Equal(RagStatus.Green, rule.Evaluate(revised, Today));
        Assert.Contains("due within 14 days", rule.Description, StringComparison.Ordinal);
        Assert.Contains("more than 30 days past its due date", rule.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("revised", rule.Description, StringComparison.Ordinal);
    }
}

public sealed class CarryForwardTests
{
    private static readonly Actor Governance = new("gov", "Demo Governance Officer", new DateTime(2019, 6, 20, 9, 0, 0, DateTimeKind.Utc));

    private static ImprovementPlan Plan(int startYear, params (string Area, string Code, ActionStatus Status)[] actions)
    {
        var plan = new ImprovementPlan { OrganisationId = 2, Title = $"Plan {startYear}", FirstYear = new ReportingYear(startYear), LastYear = new ReportingYear(startYear) };
        foreach (var group in actions.GroupBy(a => a.Area))
        {
            var area = new ImprovementArea { Plan = plan, Code = group.Key, Sequence = plan.Areas.Count + 1, Title = $"Principle {group.Key}" };
            area.Actions.AddRange(group.Select(a => new ImprovementAction { Area = area, Code = a.Code, Description = a.Code, Status = a.Status, DueDate = new DateOnly(2019, 12, 31) }));
            plan.Areas.Add(area);
        }

        return plan;
    }

    [Fact]
    public void CarryForwardInto_NewPlan_MovesOnlyOpenActionsWithLineageBothWays()
    {
        var old = Plan(2018, ("A", "A2", ActionStatus.InProgress), ("A", "A3", ActionStatus.VerifiedComplete), ("G", "G8", ActionStatus.ReportedComplete));
        var next = new ImprovementPlan { OrganisationId = 2, Title = "Plan 2019", FirstYear = new ReportingYear(2019), LastYear = new ReportingYear(2019) };

        var carried = old.CarryForwardInto(next, Governance);

        Assert.Equal(["A2", "G8"], carried.Select(a => a.Code));
        Assert.Equal(PlanStatus.Closed, old.Status);
        Assert.Same(old, next.PreviousPlan);
        Assert.Equal(["A", "G"], next.Areas.Select(a => a.Code));
        var a2 = old.Areas[0].Actions.Single(a => a.Code == "A2");
        Assert.Equal(ActionStatus.CarriedForward, a2.Status);
        Assert.Same(carried[0], a2.CarriedForwardTo);
        Assert.Same(a2, carried[0].CarriedForwardFrom);
        Assert.Equal(ActionStatus.VerifiedComplete, old.Areas[0].Actions.Single(a => a.Code == "A3").Status);
        Assert.Equal(ActionStatus.InProgress, carried[1].Status);
    }

    [Fact]
    public void CarryForwardInto_ClosedPlan_IsRefused()
    {
        var old = Plan(2018, ("A", "A2", ActionStatus.InProgress));
        old.CarryForwardInto(new ImprovementPlan { OrganisationId = 2, Title = "Next", FirstYear = new ReportingYear(2019), LastYear = new ReportingYear(2019) }, Governance);

        Assert.Throws<DomainException>(() => old.CarryForwardInto(new ImprovementPlan { OrganisationId = 2, Title = "Again", FirstYear = new ReportingYear(2020), LastYear = new ReportingYear(2020) }, Governance));
    }

    [Fact]
    public void CarryForwardInto_EarlierPlan_IsRefusedAndNothingMoves()
    {
        var old = Plan(2018, ("A", "A2", ActionStatus.InProgress));

        Assert.Throws<DomainException>(() => old.CarryForwardInto(new ImprovementPlan { OrganisationId = 2, Title = "Earlier", FirstYear = new ReportingYear(2017), LastYear = new ReportingYear(2017) }, Governance));
        Assert.Equal(ActionStatus.InProgress, old.Areas[0].Actions[0].Status);
        Assert.Equal(PlanStatus.Active, old.Status);
    }
}

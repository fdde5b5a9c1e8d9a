using GovernancePortal.Domain.Improvement;

namespace GovernancePortal.UnitTests.Domain;

/// <summary>
/// The rules of <see cref="ActionRules"/>: each on its own cases, and each expression (what EF Core queries use) agreeing
/// with the action's own property (what pages and RAG use) on every case.
/// </summary>
public sealed class ActionRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static TheoryData<ActionStatus> Statuses() => [.. Enum.GetValues<ActionStatus>()];

    private static ImprovementAction Action(ActionStatus status, DateOnly? due = null, DateOnly? original = null, int revisions = 0) => new()
    {
        Code = "IA2-01",
        Description = "Develop a clear strategic approach",
        Status = status,
        DueDate = due,
        OriginalDueDate = original ?? due,
        RevisionCount = revisions,
    };

    /// <summary>Every combination the rules look at: each status, with no date, a past, today's and a later date, revised or not.</summary>
    private static IEnumerable<ImprovementAction> Cases() =>
        from status in Enum.GetValues<ActionStatus>()
        from due in new DateOnly?[] { null, Today.AddDays(-1), Today, Today.AddDays(5), Today.AddDays(40) }
        from revised in new[] { false, true }
        select Action(status, due, revised && due is { } d ? d.AddDays(-30) : due, revised ? 1 : 0);

    [Theory]
    [InlineData(ActionStatus.NotStarted, true)]
    [InlineData(ActionStatus.InProgress, true)]
    [InlineData(ActionStatus.ReportedComplete, true)]
    [InlineData(ActionStatus.VerifiedComplete, false)]
    [InlineData(ActionStatus.ClosedWithoutAction, false)]
    [InlineData(ActionStatus.CarriedForward, false)]
    public void IsOpen_EachStatus_OpenUntilVerifiedClosedOrCarried(ActionStatus status, bool open) =>
        Assert.Equal(open, Action(status).IsOpen);

    [Theory]
    [InlineData(ActionStatus.NotStarted, true)]
    [InlineData(ActionStatus.InProgress, true)]
    [InlineData(ActionStatus.ReportedComplete, false)]
    [InlineData(ActionStatus.VerifiedComplete, false)]
    public void AwaitsOwnerUpdate_ReportedComplete_WaitsForVerificationNotForTheOwner(ActionStatus status, bool awaits) =>
        Assert.Equal(awaits, ActionRules.AwaitingOwnerUpdate(Action(status)));

    [Fact]
    public void IsOverdue_OpenAndDueYesterday_IsOverdue() =>
        Assert.True(Action(ActionStatus.InProgress, Today.AddDays(-1)).IsOverdue(Today));

    [Fact]
    public void IsOverdue_DueToday_IsNotOverdueYet() =>
        Assert.False(Action(ActionStatus.InProgress, Today).IsOverdue(Today));

    [Fact]
    public void IsOverdue_ClosedPastItsDate_IsNotOverdue() =>
        Assert.False(Action(ActionStatus.VerifiedComplete, Today.AddDays(-10)).IsOverdue(Today));

    [Fact]
    public void IsOverdue_NoDueDate_IsNotOverdue() =>
        Assert.False(Action(ActionStatus.InProgress).IsOverdue(Today));

    [Fact]
    public void IsRevised_LedgerEntry_IsRevised() =>
        Assert.True(Action(ActionStatus.InProgress, Today, Today, revisions: 1).TimescaleRevised);

    [Fact]
    public void IsRevised_DateLaterThanFirstAgreedWithoutLedger_IsRevised() =>
        Assert.True(Action(ActionStatus.InProgress, Today, Today.AddDays(-30)).TimescaleRevised);

    [Fact]
    public void IsRevised_DateAsFirstAgreed_IsNotRevised() =>
        Assert.False(Action(ActionStatus.InProgress, Today).TimescaleRevised);

    [Fact]
    public void DueSoon_OpenAndDueWithinTheWindow_IsDueSoon() =>
        Assert.True(ActionRules.IsDueSoon(Action(ActionStatus.InProgress, Today.AddDays(5)), Today, 14));

    [Fact]
    public void DueSoon_DueAfterTheWindowOrAlreadyOverdue_IsNotDueSoon()
    {
        Assert.False(ActionRules.IsDueSoon(Action(ActionStatus.InProgress, Today.AddDays(40)), Today, 14));
        Assert.False(ActionRules.IsDueSoon(Action(ActionStatus.InProgress, Today.AddDays(-1)), Today, 14));
    }

    [Fact]
    public void DueSoon_Closed_IsNotDueSoon() =>
        Assert.False(ActionRules.IsDueSoon(Action(ActionStatus.VerifiedComplete, Today.AddDays(5)), Today, 14));

    [Fact]
    public void Expressions_EveryCase_AgreeWithTheActionsOwnProperties()
    {
        var isOpen = ActionRules.IsOpen.Compile();
        var isOverdue = ActionRules.IsOverdue(Today).Compile();
        var isRevised = ActionRules.IsRevised.Compile();
        var hasSlipped = ActionRules.HasSlipped.Compile();
        var dueSoon = ActionRules.DueSoon(Today, 14).Compile();
        var awaits = ActionRules.AwaitsOwnerUpdate.Compile();
        foreach (var action in Cases())
        {
            var what = $"{action.Status}, due {action.DueDate}, first due {action.OriginalDueDate}, {action.RevisionCount} revisions";
            Assert.True(isOpen(action) == action.IsOpen, what);
            Assert.True(isOverdue(action) == action.IsOverdue(Today), what);
            Assert.True(isRevised(action) == action.TimescaleRevised, what);
            Assert.True(hasSlipped(action) == action.HasSlipped, what);
            Assert.True(dueSoon(action) == ActionRules.IsDueSoon(action, Today, 14), what);
            Assert.True(awaits(action) == ActionRules.AwaitingOwnerUpdate(action), what);
        }
    }

    [Fact]
    public void Expressions_EveryCase_AgreeWithTheStatusOpenRule()
    {
        foreach (var action in Cases())
        {
            Assert.Equal(action.Status.IsOpen(), action.IsOpen);
        }
    }

    [Fact]
    public void Expand_ProjectionNamingTheRules_LeavesNoCallForTheDatabaseAndAgreesWithTheAction()
    {
        var today = Today;
        var projection = ActionRules.Expand(a => new
        {
            Open = ActionRules.Open(a),
            Awaits = ActionRules.AwaitingOwnerUpdate(a),
            Overdue = ActionRules.Overdue(a, today),
            Revised = ActionRules.Revised(a),
            Slipped = ActionRules.Slipped(a),
        });

        var calls = new RuleCalls();
        calls.Visit(projection);
        Assert.Empty(calls.Found);
        var project = projection.Compile();
        foreach (var action in Cases())
        {
            var row = project(action);
            var what = $"{action.Status}, due {action.DueDate}, first due {action.OriginalDueDate}, {action.RevisionCount} revisions";
            Assert.True(row.Open == action.IsOpen, what);
            Assert.True(row.Awaits == ActionRules.AwaitingOwnerUpdate(action), what);
            Assert.True(row.Overdue == action.IsOverdue(Today), what);
            Assert.True(row.Revised == action.TimescaleRevised, what);
            Assert.True(row.Slipped == action.HasSlipped, what);
        }
    }

    /// <summary>The calls to <see cref="ActionRules"/> left in an expression (a database cannot run them).</summary>
    private sealed class RuleCalls : System.Linq.Expressions.ExpressionVisitor
    {
        public List<string> Found { get; } = [];

        protected override System.Linq.Expressions.Expression VisitMethodCall(System.Linq.Expressions.MethodCallExpression node)
        {
            if (node.Method.DeclaringType == typeof(ActionRules))
            {
                Found.Add(node.Method.Name);
            }

            return base.VisitMethodCall(node);
        }
    }
}

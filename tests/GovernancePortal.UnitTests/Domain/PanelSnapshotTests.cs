using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Recommendations;

namespace GovernancePortal.UnitTests.Domain;

/// <summary>Register snapshots: their JSON, and what changed between two of them.</summary>
public sealed class PanelSnapshotTests
{
    private static ActionState Action(string code, ActionStatus status = ActionStatus.InProgress, DateOnly? due = null, RagStatus? rag = RagStatus.Green, string plan = "2018-21", string? reason = null, string? from = null) =>
        new($"{plan}/{code}", code, $"Action {code}", plan, "IA1 Leadership", "Owner", status, due ?? new DateOnly(2026, 3, 31), new DateOnly(2026, 3, 31), rag, reason is null ? 0 : 1, reason, status == ActionStatus.VerifiedComplete ? new DateOnly(2026, 2, 1) : null, from);

    private static RecommendationState Recommendation(string key, RecommendationStatus status) =>
        new(key, $"R{key}", "Do better", "HMICFRS 2025", "HMICFRS", null, "Programme", null, status, new DateOnly(2026, 9, 30), RagStatus.Green);

    private static RegisterSnapshot Register(DateOnly asAt, IReadOnlyList<ActionState> actions, IReadOnlyList<RecommendationState>? recommendations = null) =>
        new(asAt, "MPS", RagRule.Standard.Description, actions, recommendations ?? []);

    [Fact]
    public void Json_RoundTrip_KeepsEverything()
    {
        var register = Register(new DateOnly(2026, 6, 1), [Action("IA1-01", reason: "Supplier"), Action("IA1-02", ActionStatus.CarriedForward, rag: null, from: "2015-18/A1")], [Recommendation("7", RecommendationStatus.ProposedForClosure)]);

        var read = RegisterSnapshot.FromJson(register.ToJson());
        var snapshot = PanelSnapshot.Take(1, register, DateTime.UtcNow);

        Assert.Equal(register.Actions, read.Actions);
        Assert.Equal(register.Recommendations, read.Recommendations);
        Assert.Equal((register.AsAt, register.OrganisationCode, register.RagRule), (read.AsAt, read.OrganisationCode, read.RagRule));
        Assert.Contains("\"status\":\"ProposedForClosure\"", register.ToJson(), StringComparison.Ordinal);
        Assert.Equal(register.AsAt, snapshot.AsAt);
        Assert.Equal(64, snapshot.Sha256.Length);
        Assert.Equal(register.Actions, snapshot.Read().Actions);
    }

    [Fact]
    public void Between_TwoSnapshots_FindsEachKindOfChange()
    {
        var before = Register(new DateOnly(2026, 3, 1),
            [Action("A-01"), Action("A-02"), Action("A-03"), Action("A-04"), Action("A-05")],
            [Recommendation("1", RecommendationStatus.Open), Recommendation("2", RecommendationStatus.Closed)]);
        var after = Register(new DateOnly(2026, 6, 1),
            [
                Action("A-01", ActionStatus.VerifiedComplete),
                Action("A-02", due: new DateOnly(2026, 9, 30), rag: RagStatus.Amber, reason: "Supplier went into administration"),
                Action("A-03", ActionStatus.CarriedForward, rag: null),
                Action("A-05"),
                Action("B-01", from: "2018-21/A-03", plan: "2021-24"),
            ],
            [Recommendation("1", RecommendationStatus.Closed), Recommendation("2", RecommendationStatus.Open), Recommendation("3", RecommendationStatus.Open)]);

        var changes = SnapshotDiff.Between(before, after);

        Assert.Equal(["2021-24/B-01"], changes.NewActions.Select(a => a.Key));
        Assert.Equal(["A-01"], changes.Completed.Select(a => a.Code));
        var slipped = Assert.Single(changes.Slipped);
        Assert.Equal(("A-02", new DateOnly(2026, 3, 31), new DateOnly(2026, 9, 30), "Supplier went into administration"), (slipped.Action.Code, slipped.From!.Value, slipped.To!.Value, slipped.Reason!));
        Assert.Equal([("A-02", RagStatus.Green, RagStatus.Amber), ("A-03", RagStatus.Green, null)], changes.RagChanged.Select(c => (c.Action.Code, c.From, c.To)).Cast<(string, RagStatus?, RagStatus?)>());
        Assert.Equal(["A-03"], changes.CarriedForward.Select(a => a.Code));
        Assert.Equal(["A-04"], changes.NoLongerInRegister.Select(a => a.Code));
        Assert.Equal(["2", "3"], changes.RecommendationsOpened.Select(r => r.Key));
        Assert.Equal(["1"], changes.RecommendationsClosed.Select(r => r.Key));
        Assert.False(changes.IsEmpty);
    }

    [Fact]
    public void Between_NoPreviousSnapshot_EverythingIsNew()
    {
        var changes = SnapshotDiff.Between(null, Register(new DateOnly(2026, 6, 1), [Action("A-01")], [Recommendation("1", RecommendationStatus.Open)]));

        Assert.Null(changes.From);
        Assert.Single(changes.NewActions);
        Assert.Single(changes.RecommendationsOpened);
    }

    [Fact]
    public void Between_Unchanged_IsEmpty() =>
        Assert.True(SnapshotDiff.Between(Register(new DateOnly(2026, 3, 1), [Action("A-01")]), Register(new DateOnly(2026, 6, 1), [Action("A-01")])).IsEmpty);
}

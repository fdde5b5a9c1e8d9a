using System.Text.Json;
using System.Text.Json.Serialization;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Recommendations;

namespace GovernancePortal.Domain.Panel;

/// <summary>
/// One organisation's improvement register and external recommendations as they stood on a day: what a publication to
/// the Audit Panel freezes (<see cref="PanelSnapshot"/>), and what "changes since the last Panel" compares
/// (<see cref="SnapshotDiff"/>).
/// </summary>
public sealed record RegisterSnapshot(
    DateOnly AsAt,
    string OrganisationCode,
    string RagRule,
    IReadOnlyList<ActionState> Actions,
    IReadOnlyList<RecommendationState> Recommendations)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RegisterSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<RegisterSnapshot>(json, Json) ?? throw new InvalidOperationException("The snapshot is empty.");
}

/// <summary>
/// An improvement action as it stood. <see cref="Key"/> identifies it across snapshots (plan and code, e.g.
/// "2018-21/IA2-01"); <see cref="CarriedForwardFrom"/> is the key of the action it continues.
/// </summary>
public sealed record ActionState(
    string Key,
    string Code,
    string Description,
    string Plan,
    string Area,
    string? Owner,
    ActionStatus Status,
    DateOnly? DueDate,
    DateOnly? OriginalDueDate,
    RagStatus? Rag,
    int Revisions,
    string? LastRevisionReason,
    DateOnly? CompletedOn,
    string? CarriedForwardFrom)
{
    public bool IsOpen => Status.IsOpen();
}

/// <summary>A recommendation as it stood; <see cref="Key"/> is its id in the register.</summary>
public sealed record RecommendationState(
    string Key,
    string Reference,
    string Text,
    string Report,
    string Source,
    string? Theme,
    string? DeliveryRoute,
    string? Owner,
    RecommendationStatus Status,
    DateOnly? DueDate,
    RagStatus? Rag)
{
    public bool IsOpen => Status != RecommendationStatus.Closed;
}

/// <summary>What changed between two snapshots of one organisation ("changes since the last Panel").</summary>
public sealed record SnapshotChanges(
    DateOnly? From,
    DateOnly To,
    IReadOnlyList<ActionState> NewActions,
    IReadOnlyList<ActionState> Completed,
    IReadOnlyList<SlippedAction> Slipped,
    IReadOnlyList<RagChange> RagChanged,
    IReadOnlyList<ActionState> CarriedForward,
    IReadOnlyList<ActionState> NoLongerInRegister,
    IReadOnlyList<RecommendationState> RecommendationsOpened,
    IReadOnlyList<RecommendationState> RecommendationsClosed)
{
    public bool IsEmpty => NewActions.Count + Completed.Count + Slipped.Count + RagChanged.Count + CarriedForward.Count
        + NoLongerInRegister.Count + RecommendationsOpened.Count + RecommendationsClosed.Count == 0;
}

/// <summary>An action whose due date moved later, with the reason from the slippage ledger.</summary>
public sealed record SlippedAction(ActionState Action, DateOnly? From, DateOnly? To, string? Reason);

public sealed record RagChange(ActionState Action, RagStatus? From, RagStatus? To);

public static class SnapshotDiff
{
    /// <summary>
    /// The changes from <paramref name="before"/> (the previous Panel's snapshot; null when there was none, so everything
    /// is new) to <paramref name="after"/>. Actions are matched by key; one carried into a new plan counts as carried
    /// forward in the old plan and new in the next.
    /// </summary>
    public static SnapshotChanges Between(RegisterSnapshot? before, RegisterSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(after);
        if (before is not null && !string.Equals(before.OrganisationCode, after.OrganisationCode, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("Snapshots of two organisations cannot be compared.");
        }

        var earlier = (before?.Actions ?? []).ToDictionary(a => a.Key, StringComparer.Ordinal);
        var later = after.Actions.ToDictionary(a => a.Key, StringComparer.Ordinal);
        var added = new List<ActionState>();
        var completed = new List<ActionState>();
        var slipped = new List<SlippedAction>();
        var rag = new List<RagChange>();
        var carried = new List<ActionState>();
        foreach (var now in after.Actions)
        {
            if (!earlier.TryGetValue(now.Key, out var then))
            {
                added.Add(now);
                continue;
            }

            if (then.Status != ActionStatus.CarriedForward && now.Status == ActionStatus.CarriedForward)
            {
                carried.Add(now);
            }
            else if (then.IsOpen && !now.IsOpen)
            {
                completed.Add(now);
            }

            if (then.DueDate is { } was && now.DueDate is { } due && due > was)
            {
                slipped.Add(new SlippedAction(now, was, due, now.LastRevisionReason));
            }

            if (then.Rag != now.Rag)
            {
                rag.Add(new RagChange(now, then.Rag, now.Rag));
            }
        }

        var gone = (before?.Actions ?? []).Where(a => !later.ContainsKey(a.Key)).ToList();
        var recommendationsBefore = (before?.Recommendations ?? []).ToDictionary(r => r.Key, StringComparer.Ordinal);
        var opened = after.Recommendations
            .Where(r => r.IsOpen && (!recommendationsBefore.TryGetValue(r.Key, out var then) || !then.IsOpen)).ToList();
        var closed = after.Recommendations
            .Where(r => !r.IsOpen && (!recommendationsBefore.TryGetValue(r.Key, out var then) || then.IsOpen)).ToList();
        return new SnapshotChanges(before?.AsAt, after.AsAt, added, completed, slipped, rag, carried, gone, opened, closed);
    }
}

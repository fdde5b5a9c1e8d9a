namespace GovernancePortal.Domain.Surveys;

/// <summary>How many returns are in (signed and submitted) out of how many were asked for: "58 of 100 returned — 58%".</summary>
public readonly record struct ResponseRate(int Returned, int Total)
{
    /// <summary>Whole percent, rounded half away from zero; 0 when nobody was asked.</summary>
    public int Percent => Total == 0 ? 0 : (int)Math.Round(100m * Returned / Total, MidpointRounding.AwayFromZero);

    public override string ToString() => $"{Returned} of {Total} returned — {Percent}%";

    /// <summary>A return counts as returned once it is signed and submitted (a reopened return does not count).</summary>
    public static bool Counts(ReturnStatus status) => status == ReturnStatus.Submitted;

    /// <summary>The statuses that count (<see cref="Counts"/>), for queries: <c>CountedStatuses.Contains(r.Status)</c>.</summary>
    public static IReadOnlyList<ReturnStatus> CountedStatuses { get; } = [.. Enum.GetValues<ReturnStatus>().Where(Counts)];
}

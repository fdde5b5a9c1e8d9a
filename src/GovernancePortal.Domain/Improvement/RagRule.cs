using System.Globalization;

namespace GovernancePortal.Domain.Improvement;

/// <summary>
/// The rule an organisation configures to turn an action's status, dates and owner's assessment into a RAG rating.
/// Its <see cref="Description"/> is printed wherever RAG is shown, so readers know what a colour means. A manual
/// override (with a rationale) replaces the computed rating; see <see cref="ImprovementAction.OverrideRag"/>.
/// </summary>
public sealed record RagRule
{
    public const int MaxDays = 365;

    /// <summary>Amber while the due date has been revised (the action has slipped at least once).</summary>
    public bool AmberWhenRevised { get; init; } = true;

    /// <summary>Amber while the owner's latest update says the action is at risk.</summary>
    public bool AmberWhenAtRisk { get; init; } = true;

    /// <summary>Amber when the action is due within this many days and not complete; 0 turns it off.</summary>
    public int AmberWithinDaysOfDue { get; init; }

    /// <summary>Red once the action is this many days past its due date (0: from the day after the due date).</summary>
    public int RedAfterDaysOverdue { get; init; }

    /// <summary>Complete is Green; past due is Red; revised date or owner reports at risk is Amber.</summary>
    public static RagRule Standard { get; } = new();

    /// <summary>The rule in words, e.g. for the key under every RAG table.</summary>
    public string Description
    {
        get
        {
            var amber = new List<string>();
            if (AmberWhenRevised)
            {
                amber.Add("its due date has been revised");
            }

            if (AmberWhenAtRisk)
            {
                amber.Add("its owner reports it at risk");
            }

            if (AmberWithinDaysOfDue > 0)
            {
                amber.Add(string.Create(CultureInfo.InvariantCulture, $"it is due within {Text.Plural.Of(AmberWithinDaysOfDue, "day")}"));
            }

            var red = RedAfterDaysOverdue == 0
                ? "past its due date and not complete"
                : string.Create(CultureInfo.InvariantCulture, $"more than {Text.Plural.Of(RedAfterDaysOverdue, "day")} past its due date and not complete");
            var amberText = amber.Count == 0 ? string.Empty : $" Amber: {JoinOr(amber)}.";
            return $"Green: complete or closed, or on track for its due date.{amberText} Red: {red}. Not rated: no due date.";
        }
    }

    public RagStatus? Evaluate(ImprovementAction action, DateOnly today) => Assess(action, today).Rag;

    /// <summary>
    /// The rating and, where the action's own data says, the day it took that rating: for Red, the day after the due
    /// date (or after the days of grace) passed; for Amber, the day the due date was revised, the owner reported it at
    /// risk or it came within the due-soon window, whichever came first; for Green when complete or closed, the day it
    /// was completed. Null when the data does not say (then the day the change was seen is used).
    /// </summary>
    public RagAssessment Assess(ImprovementAction action, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(action);
        var rag = Rate(action, today);
        DateOnly? since = rag switch
        {
            RagStatus.Red => action.DueDate!.Value.AddDays(RedAfterDaysOverdue + 1),
            RagStatus.Amber => AmberSince(action, today),
            RagStatus.Green when !action.IsOpen => action.CompletedOn,
            _ => null,
        };
        return new RagAssessment(rag, since is { } day && day > today ? today : since);
    }

    private DateOnly? AmberSince(ImprovementAction action, DateOnly today)
    {
        var days = new List<DateOnly>();
        if (AmberWhenRevised && action.TimescaleRevised && action.DateRevisions.Count > 0)
        {
            days.Add(DateOnly.FromDateTime(action.DateRevisions.Max(r => r.RecordedAtUtc)));
        }

        if (AmberWhenAtRisk && action.OwnerReportsAtRisk
            && action.Updates.Where(u => u.Kind == UpdateKind.Progress).MaxBy(u => u.SubmittedAtUtc) is { Assessment: OwnerAssessment.AtRisk } latest)
        {
            days.Add(DateOnly.FromDateTime(latest.SubmittedAtUtc));
        }

        if (AmberWithinDaysOfDue > 0 && action.DueDate is { } due && action.Status != ActionStatus.ReportedComplete && due <= today.AddDays(AmberWithinDaysOfDue))
        {
            days.Add(due.AddDays(-AmberWithinDaysOfDue));
        }

        return days.Count == 0 ? null : days.Min();
    }

    private RagStatus? Rate(ImprovementAction action, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Rate(new RagFacts(
            action.IsOpen,
            action.Status == ActionStatus.CarriedForward,
            action.DueDate,
            action.TimescaleRevised,
            action.OwnerReportsAtRisk,
            action.Status == ActionStatus.ReportedComplete), today);
    }

    /// <summary>
    /// The rating of anything tracked to a due date by this rule: improvement actions, and external recommendations
    /// (<see cref="Recommendations.Recommendation.RagOn"/>), so one organisation's colours mean the same everywhere.
    /// </summary>
    public RagStatus? Rate(RagFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!facts.IsOpen)
        {
            // Complete or closed: Green. Carried forward: rated where it continues, in the next plan.
            return facts.CarriedForward ? null : RagStatus.Green;
        }

        if (facts.DueDate is { } due && due.AddDays(RedAfterDaysOverdue) < today)
        {
            return RagStatus.Red;
        }

        if ((AmberWhenRevised && facts.Revised) || (AmberWhenAtRisk && facts.AtRisk))
        {
            return RagStatus.Amber;
        }

        if (facts.DueDate is not { } dueDate)
        {
            return null;
        }

        if (AmberWithinDaysOfDue > 0 && !facts.ReportedComplete && dueDate <= today.AddDays(AmberWithinDaysOfDue))
        {
            return RagStatus.Amber;
        }

        return RagStatus.Green;
    }

    private static string JoinOr(List<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " or " + parts[^1];
}

/// <summary>A rating and the day it started, when the action's data says (see <see cref="RagRule.Assess"/>).</summary>
public sealed record RagAssessment(RagStatus? Rag, DateOnly? Since);

/// <summary>
/// What <see cref="RagRule.Rate(RagFacts, DateOnly)"/> needs to know about a tracked item: whether it is open, carried
/// forward, its due date, whether that date has been revised, whether its owner reports it at risk, and whether its
/// owner has reported it done (proposed for closure) and it waits for the second key.
/// </summary>
public sealed record RagFacts(bool IsOpen, bool CarriedForward, DateOnly? DueDate, bool Revised, bool AtRisk, bool ReportedComplete);

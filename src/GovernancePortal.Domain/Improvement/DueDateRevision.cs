using GovernancePortal.Domain.Common;

namespace GovernancePortal.Domain.Improvement;

/// <summary>
/// One entry in an action's slippage ledger: its due date moved from one date to another, why, and who approved it
/// (a person or a meeting). Entries are never changed or removed.
/// </summary>
public class DueDateRevision : Entity, IAudited
{
    public const int ReasonMaxLength = 2_000;
    public const int ApprovedByMaxLength = 200;

    public int ActionId { get; set; }

    public ImprovementAction? Action { get; set; }

    public DateOnly? PreviousDueDate { get; set; }

    /// <summary>The new date; null only in history taken from a source that reports a revision without a date.</summary>
    public DateOnly? NewDueDate { get; set; }

    public required string Reason { get; set; }

    /// <summary>Who approved the change: a person ("Director of Strategy &amp; Governance") or a meeting ("Audit Panel, 19 June 2019").</summary>
    public required string ApprovedBy { get; set; }

    public required string RecordedByName { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    /// <summary>Days the date moved (positive = later); null when either date is unknown.</summary>
    public int? DaysMoved => PreviousDueDate is { } from && NewDueDate is { } to ? to.DayNumber - from.DayNumber : null;
}

using GovernancePortal.Domain.Common;

namespace GovernancePortal.Domain.Improvement;

/// <summary>
/// One entry in an action's slippage ledger: its due date moved from one date to another, why, who asked for it and who
/// approved it (their accounts and names as they were). Entries are never changed or removed.
/// </summary>
public class DueDateRevision : Entity, IAudited
{
    public const int ReasonMaxLength = 2_000;
    public const int ApprovedByTextMaxLength = 200;

    public int ActionId { get; set; }

    public ImprovementAction? Action { get; set; }

    public DateOnly? PreviousDueDate { get; set; }

    /// <summary>The new date; null only in history taken from a source that reports a revision without a date.</summary>
    public DateOnly? NewDueDate { get; set; }

    public required string Reason { get; set; }

    /// <summary>The account of the person who asked for the new date (the owner, or the governance team itself).</summary>
    public string? RequestedByUserId { get; set; }

    /// <summary>Who asked for the new date, by name; null in history recorded before requests were kept.</summary>
    public string? RequestedByName { get; set; }

    /// <summary>The account of the governance team member who approved the new date.</summary>
    public string? ApprovedByUserId { get; set; }

    /// <summary>Who approved the new date, by name; null in history recorded before approvals were kept by account.</summary>
    public string? ApprovedByName { get; set; }

    /// <summary>
    /// The approver as typed or as the source reports it ("Audit Panel, 19 June 2019"), kept for history recorded
    /// before approvals were made in the portal. New entries leave it empty.
    /// </summary>
    public string? ApprovedByText { get; set; }

    public required string RecordedByName { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    /// <summary>The request this entry approved, when the change was asked for through the portal.</summary>
    public int? RequestId { get; set; }

    public DueDateRequest? Request { get; set; }

    /// <summary>Days the date moved (positive = later); null when either date is unknown.</summary>
    public int? DaysMoved => PreviousDueDate is { } from && NewDueDate is { } to ? to.DayNumber - from.DayNumber : null;

    /// <summary>The approver to show: the account's name, or the recorded text of older entries.</summary>
    public string ApprovedByDisplay => ApprovedByName ?? ApprovedByText ?? "Not recorded";
}

using GovernancePortal.Domain.Common;

namespace GovernancePortal.Domain.Improvement;

/// <summary>
/// An action owner's request for a new due date, with the reason. The governance team approves it (the date moves and
/// the slippage ledger records who asked and who approved) or refuses it with a comment. One request may await a
/// decision at a time; requests are never edited or removed.
/// </summary>
public class DueDateRequest : Entity, IAudited
{
    public const int ReasonMaxLength = DueDateRevision.ReasonMaxLength;
    public const int CommentMaxLength = 2_000;

    public int ActionId { get; set; }

    public ImprovementAction? Action { get; set; }

    /// <summary>The due date in force when the request was made.</summary>
    public DateOnly? CurrentDueDate { get; set; }

    public DateOnly RequestedDueDate { get; set; }

    public required string Reason { get; set; }

    public string? RequestedByUserId { get; set; }

    public required string RequestedByName { get; set; }

    public DateTime RequestedAtUtc { get; set; }

    public DueDateRequestDecision Decision { get; set; }

    public string? DecidedByUserId { get; set; }

    public string? DecidedByName { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    /// <summary>The governance team's comment: required when refusing, optional when approving.</summary>
    public string? DecisionComment { get; set; }

    public bool IsPending => Decision == DueDateRequestDecision.Pending;
}

/// <summary>Where a request for a new due date stands. Stored as text.</summary>
public enum DueDateRequestDecision
{
    Pending,
    Approved,
    Refused,
}

public static class DueDateRequestDisplay
{
    public static string DisplayName(this DueDateRequestDecision decision) => decision switch
    {
        DueDateRequestDecision.Pending => "Awaiting a decision",
        DueDateRequestDecision.Approved => "Approved",
        DueDateRequestDecision.Refused => "Refused",
        _ => decision.ToString(),
    };
}

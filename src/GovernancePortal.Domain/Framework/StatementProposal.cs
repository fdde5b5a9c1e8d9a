using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.Domain.Framework;

/// <summary>
/// A senior lead's proposed wording for one block of their area's text in a draft year. The governance team accepts
/// it (the text is replaced, audited as their change) or returns it with a comment. Proposals are never edited after
/// they are decided.
/// </summary>
public class StatementProposal : Entity, IAudited, IVersioned
{
    public const int CommentMaxLength = 2_000;

    public int GovernanceAreaId { get; set; }

    public GovernanceArea? GovernanceArea { get; set; }

    /// <summary>The block the proposal rewrites; null when it proposes a new block.</summary>
    public int? AreaStatementId { get; set; }

    public ReportingYear Year { get; set; }

    public StatementKind Kind { get; set; }

    public string? SubTopic { get; set; }

    public required string ProposedText { get; set; }

    /// <summary>The block's version the lead started from: accepting over a newer version is a conflict to resolve.</summary>
    public Guid? BaseVersion { get; set; }

    public string? Reason { get; set; }

    public string? ProposedByUserId { get; set; }

    public required string ProposedByName { get; set; }

    public DateTime ProposedAtUtc { get; set; }

    public ProposalStatus Status { get; set; }

    public string? DecidedByName { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public string? DecisionComment { get; set; }

    public Guid Version { get; set; }
}

public enum ProposalStatus
{
    Pending,
    Accepted,
    Returned,
    Withdrawn,
}

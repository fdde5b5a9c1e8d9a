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

    private int? areaStatementId;
    private ProposalStatus status;
    private string? decidedByName;
    private DateTime? decidedAtUtc;
    private string? decisionComment;

    public int GovernanceAreaId { get; set; }

    public GovernanceArea? GovernanceArea { get; set; }

    /// <summary>The block the proposal rewrites; null when it proposes a new block.</summary>
    public int? AreaStatementId { get => areaStatementId; init => areaStatementId = value; }

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

    public ProposalStatus Status { get => status; init => status = value; }

    public string? DecidedByName { get => decidedByName; init => decidedByName = value; }

    public DateTime? DecidedAtUtc { get => decidedAtUtc; init => decidedAtUtc = value; }

    public string? DecisionComment { get => decisionComment; init => decisionComment = value; }

    public Guid Version { get; set; }

    public bool IsPending => Status == ProposalStatus.Pending;

    /// <summary>
    /// The governance team accepts the proposal (the caller replaces the block's text or adds the new block in the same
    /// save). Refused once the proposal has been decided or withdrawn.
    /// </summary>
    public void Accept(Actor decidedBy)
    {
        ArgumentNullException.ThrowIfNull(decidedBy);
        EnsurePending("decided");
        Decide(ProposalStatus.Accepted, decidedBy.Name, decidedBy.AtUtc, comment: null);
    }

    /// <summary>The governance team returns the proposal to the lead with a comment saying why (required).</summary>
    public void Return(Actor decidedBy, string comment)
    {
        ArgumentNullException.ThrowIfNull(decidedBy);
        EnsurePending("decided");
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("Enter a comment to tell the lead why you are returning their proposal");
        }

        Decide(ProposalStatus.Returned, decidedBy.Name, decidedBy.AtUtc, comment);
    }

    /// <summary>The lead who made the proposal withdraws it while it still waits for a decision; nobody else can.</summary>
    public void Withdraw(Actor lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        if (lead.UserId is null || !string.Equals(lead.UserId, ProposedByUserId, StringComparison.Ordinal))
        {
            throw new DomainException("Only the lead who made a proposal can withdraw it");
        }

        EnsurePending("withdrawn");
        Decide(ProposalStatus.Withdrawn, ProposedByName, lead.AtUtc, comment: null);
    }

    /// <summary>The block the proposal rewrote has been deleted: the proposal keeps its wording but points at nothing.</summary>
    public void ForgetDeletedBlock()
    {
        if (IsPending)
        {
            throw new DomainException("A senior lead has proposed new wording for this text: accept or return the proposal first");
        }

        areaStatementId = null;
    }

    /// <summary>"accepted", "returned", "waiting for a decision": the status as words in a sentence.</summary>
    public static string StatusName(ProposalStatus status) => status switch
    {
        ProposalStatus.Pending => "Waiting for a decision",
        ProposalStatus.Accepted => "Accepted",
        ProposalStatus.Returned => "Returned",
        ProposalStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };

    private void EnsurePending(string verb)
    {
        if (!IsPending)
        {
            throw new DomainException(verb == "withdrawn"
                ? $"This proposal can no longer be withdrawn: it has been {StatusName(Status).ToLowerInvariant()}."
                : $"This proposal has already been decided: it was {StatusName(Status).ToLowerInvariant()}.");
        }
    }

    private void Decide(ProposalStatus outcome, string by, DateTime atUtc, string? comment)
    {
        status = outcome;
        decidedByName = by;
        decidedAtUtc = atUtc;
        decisionComment = comment;
    }
}

public enum ProposalStatus
{
    Pending,
    Accepted,
    Returned,
    Withdrawn,
}

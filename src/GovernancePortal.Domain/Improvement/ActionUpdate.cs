using GovernancePortal.Domain.Common;

namespace GovernancePortal.Domain.Improvement;

/// <summary>
/// A dated progress update from an action's owner, or the owner's report that the action is complete. Never edited
/// after it is submitted: the governance team accepts it or returns it with a comment, and a returned update is
/// followed by a new one.
/// </summary>
public class ActionUpdate : Entity, IAudited
{
    public const int CommentMaxLength = 2_000;

    public int ActionId { get; set; }

    public ImprovementAction? Action { get; set; }

    public UpdateKind Kind { get; set; }

    /// <summary>The progress narrative, or for a completion report what was done.</summary>
    public required string Narrative { get; set; }

    /// <summary>For a completion report: where the evidence is (document, decision, link).</summary>
    public string? Evidence { get; set; }

    /// <summary>The owner's view of the action when reporting progress.</summary>
    public OwnerAssessment Assessment { get; set; }

    public string? SubmittedByUserId { get; set; }

    public required string SubmittedByName { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    public UpdateReview Review { get; set; }

    public string? ReviewedByName { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    public string? ReviewComment { get; set; }

    public bool IsPending => Review == UpdateReview.Pending;
}

public enum UpdateKind
{
    Progress,

    /// <summary>The owner reports the action complete; verifying it closes the action (the second key).</summary>
    CompletionReport,
}

public enum OwnerAssessment
{
    OnTrack,
    AtRisk,
}

public enum UpdateReview
{
    Pending,
    Accepted,
    Returned,
}

public static class UpdateDisplay
{
    public static string DisplayName(this UpdateReview review, UpdateKind kind) => (review, kind) switch
    {
        (UpdateReview.Pending, _) => "Awaiting review",
        (UpdateReview.Accepted, UpdateKind.CompletionReport) => "Verified",
        (UpdateReview.Accepted, _) => "Accepted",
        (UpdateReview.Returned, UpdateKind.CompletionReport) => "Rejected",
        (UpdateReview.Returned, _) => "Returned",
        _ => review.ToString(),
    };

    public static string DisplayName(this OwnerAssessment assessment) => assessment switch
    {
        OwnerAssessment.AtRisk => "At risk",
        _ => "On track",
    };
}

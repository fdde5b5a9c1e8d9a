using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.People;

namespace GovernancePortal.Domain.Improvement;

/// <summary>An improvement action with a code such as IA2-01 or F10, an owner, a due date, a status and a RAG rating.</summary>
public class ImprovementAction : Entity, IAudited, IVersioned
{
    public int AreaId { get; set; }

    public ImprovementArea? Area { get; set; }

    public required string Code { get; set; }

    public required string Description { get; set; }

    public int? OwnerId { get; set; }

    public Person? Owner { get; set; }

    /// <summary>The owner's name or post as the source records it, when it does not match a person.</summary>
    public string? OwnerText { get; set; }

    /// <summary>The due date first agreed; never changes once set.</summary>
    public DateOnly? OriginalDueDate { get; set; }

    /// <summary>The due date now in force (later than the original when the date has slipped).</summary>
    public DateOnly? DueDate { get; set; }

    public ActionStatus Status { get; set; } = ActionStatus.NotStarted;

    public RagStatus? Rag { get; set; }

    /// <summary>The latest progress narrative, as reported.</summary>
    public string? Progress { get; set; }

    public Guid Version { get; set; }

    public bool IsOpen => Status.IsOpen();

    public bool IsOverdue(DateOnly today) => IsOpen && DueDate is { } due && due < today;

    public bool HasSlipped => OriginalDueDate is { } original && DueDate is { } current && current > original;

    /// <summary>Recomputes <see cref="Rag"/> with the standard rule.</summary>
    public void RecalculateRag(DateOnly today) => Rag = RagRule.Standard.Evaluate(this, today);
}

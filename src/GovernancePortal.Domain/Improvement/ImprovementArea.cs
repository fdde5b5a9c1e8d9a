using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.People;

namespace GovernancePortal.Domain.Improvement;

/// <summary>
/// An improvement area of a plan (the Met's IA1–IA10; for MOPAC, the principle whose work-streams it groups).
/// </summary>
public class ImprovementArea : Entity, IAudited, IVersioned
{
    public int PlanId { get; set; }

    public ImprovementPlan? Plan { get; set; }

    /// <summary>"IA2" for the Met, the principle letter for MOPAC; null where the source gives no code.</summary>
    public string? Code { get; set; }

    public int Sequence { get; set; }

    public required string Title { get; set; }

    public ImprovementTier Tier { get; set; } = ImprovementTier.Standard;

    public string? Aim { get; set; }

    public string? MainIssue { get; set; }

    public string? Monitoring { get; set; }

    public List<Person> Leads { get; set; } = [];

    public List<ImprovementAction> Actions { get; set; } = [];

    public Guid Version { get; set; }

    public string DisplayCode => Code ?? Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public enum ImprovementTier
{
    Standard,
    Priority,
}

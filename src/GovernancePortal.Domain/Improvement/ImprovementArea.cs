using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;
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

    /// <summary>The CIPFA/SOLACE principle the area serves, when stated.</summary>
    public int? PrincipleId { get; set; }

    public Principle? Principle { get; set; }

    /// <summary>The governance areas of the framework the improvement area strengthens.</summary>
    public List<GovernanceArea> GovernanceAreas { get; set; } = [];

    /// <summary>Progress assessments per reporting period, as reported to the Audit Panel.</summary>
    public List<AreaAssessment> Assessments { get; set; } = [];

    public List<ImprovementAction> Actions { get; set; } = [];

    public Guid Version { get; set; }

    public string DisplayCode => Code ?? Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A copy of this area (not its actions or assessments) appended to another plan.</summary>
    public ImprovementArea CopyInto(ImprovementPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var copy = new ImprovementArea
        {
            Plan = plan,
            Code = Code,
            Sequence = plan.Areas.Count == 0 ? 1 : plan.Areas.Max(a => a.Sequence) + 1,
            Title = Title,
            Tier = Tier,
            Aim = Aim,
            MainIssue = MainIssue,
            Monitoring = Monitoring,
            Leads = [.. Leads],
            PrincipleId = PrincipleId,
            Principle = Principle,
            GovernanceAreas = [.. GovernanceAreas],
        };
        plan.Areas.Add(copy);
        return copy;
    }
}

public enum ImprovementTier
{
    Standard,
    Priority,
}

using GovernancePortal.Domain.Common;

namespace GovernancePortal.Domain.Improvement;

/// <summary>
/// The progress assessment of an improvement area for one reporting period ("good progress", with a narrative), as
/// reported to the Audit Panel.
/// </summary>
public class AreaAssessment : Entity, IAudited, IVersioned
{
    public const int PeriodMaxLength = 200;
    public const int AssessmentMaxLength = 100;

    public int AreaId { get; set; }

    public ImprovementArea? Area { get; set; }

    /// <summary>The reporting period, e.g. "2019-20 interim update (Joint Audit Panel, 8 January 2020)".</summary>
    public required string Period { get; set; }

    public DateOnly? AsAt { get; set; }

    /// <summary>The assessment in the organisation's words: "good progress", "progress", "limited progress".</summary>
    public required string Assessment { get; set; }

    public string? Narrative { get; set; }

    public Guid Version { get; set; }
}

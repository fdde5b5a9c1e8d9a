using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;

namespace GovernancePortal.Domain.Surveys;

/// <summary>
/// A candidate significant governance issue from a survey (a section rated at or below the survey's flag level) that
/// the governance team turned into an improvement area or action. It links the improvement record back to the returns
/// whose ratings raised it. Flags themselves are read from the answers; this record exists once one is acted on.
/// </summary>
public class SurveyFlag : Entity, IAudited
{
    public int SurveyId { get; set; }

    public Survey? Survey { get; set; }

    public int SectionId { get; set; }

    public SurveySection? Section { get; set; }

    public int? ImprovementAreaId { get; set; }

    public ImprovementArea? ImprovementArea { get; set; }

    public int? ImprovementActionId { get; set; }

    public ImprovementAction? ImprovementAction { get; set; }

    public required string RaisedByName { get; set; }

    public DateTime RaisedAtUtc { get; set; }

    /// <summary>The returns whose ratings raised the flag.</summary>
    public List<SurveyFlagSource> Sources { get; set; } = [];
}

/// <summary>A return that a flag came from.</summary>
public class SurveyFlagSource : Entity, IAudited
{
    public int FlagId { get; set; }

    public int ReturnId { get; set; }

    public SurveyReturn? Return { get; set; }
}

using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;

namespace GovernancePortal.Domain.Surveys;

/// <summary>A section of a survey, by default one per governance area of the year's framework, with guidance.</summary>
public class SurveySection : Entity, IAudited
{
    public int SurveyId { get; set; }

    public Survey? Survey { get; set; }

    public int Order { get; set; }

    public required string Title { get; set; }

    /// <summary>What the respondent should consider: the governance standards and key controls of the area.</summary>
    public string? Guidance { get; set; }

    public int? GovernanceAreaId { get; set; }

    public GovernanceArea? GovernanceArea { get; set; }

    public List<SurveyQuestion> Questions { get; set; } = [];

    public IEnumerable<SurveyQuestion> OrderedQuestions => Questions.OrderBy(q => q.Order).ThenBy(q => q.Id);
}

/// <summary>
/// A question of a section. After the survey is issued only its wording can be corrected: each correction keeps the
/// wording it replaces in <see cref="Wordings"/>, and <see cref="WordingVersion"/> counts up.
/// </summary>
public class SurveyQuestion : Entity, IAudited
{
    public int SectionId { get; set; }

    public SurveySection? Section { get; set; }

    public int Order { get; set; }

    public QuestionKind Kind { get; set; }

    public required string Text { get; set; }

    public string? Hint { get; set; }

    public bool IsRequired { get; set; } = true;

    /// <summary>1 for the wording the survey was issued with; one more for each correction.</summary>
    public int WordingVersion { get; set; } = 1;

    /// <summary>Earlier wordings, each with who replaced it, when and why.</summary>
    public List<QuestionWording> Wordings { get; set; } = [];
}

/// <summary>A wording of a question that a correction replaced.</summary>
public class QuestionWording : Entity, IAudited
{
    public int QuestionId { get; set; }

    public int WordingVersion { get; set; }

    public required string Text { get; set; }

    public string? Hint { get; set; }

    public required string ReplacedByName { get; set; }

    public DateTime ReplacedAtUtc { get; set; }

    public required string Reason { get; set; }
}

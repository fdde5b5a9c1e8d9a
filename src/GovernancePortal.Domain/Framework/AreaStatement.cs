using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.Domain.Framework;

/// <summary>
/// One block of a governance area's text for a reporting year: the Code of Governance's key controls (or MOPAC's
/// "To achieve this, MOPAC:" commitments) and the AGS review (activity during the year, intended activity; or MOPAC's
/// what is working well, the response to last year, what could be improved), each
/// optionally under a sub-topic such as "Corporate risk register". Text is structured text (see docs).
/// </summary>
public class AreaStatement : Entity, IAudited, IVersioned
{
    public const int SubTopicMaxLength = 200;

    public int GovernanceAreaId { get; set; }

    public ReportingYear Year { get; set; }

    public StatementKind Kind { get; set; }

    public string? SubTopic { get; set; }

    public int SortOrder { get; set; }

    public required string Text { get; set; }

    public Guid Version { get; set; }
}

public enum StatementKind
{
    /// <summary>Code of Governance: key controls to manage this activity.</summary>
    KeyControls,

    /// <summary>Code of Governance (MOPAC style): the commitments under an aim.</summary>
    Commitment,

    /// <summary>AGS review: activity during the year.</summary>
    ActivityDuringYear,

    /// <summary>AGS review: intended activity over the next year.</summary>
    IntendedActivity,

    /// <summary>AGS review (MOPAC style, per principle): what is working well?</summary>
    WorkingWell,

    /// <summary>AGS review (MOPAC style): how did we respond to last year's recommendations? (the sub-topic holds the question as worded).</summary>
    ResponseToLastYear,

    /// <summary>AGS review (MOPAC style): what could be improved? (also the key improvement areas table).</summary>
    CouldBeImproved,
}

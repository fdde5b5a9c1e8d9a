using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.Domain.Recommendations;

/// <summary>
/// A body whose reports carry recommendations (HMICFRS, internal audit, IOPC, a coroner's prevention-of-future-deaths
/// report…). Each organisation keeps its own list, seeded with <see cref="Defaults"/> and extended as it needs.
/// </summary>
public class RecommendationSource : Entity, IAudited, IVersioned
{
    public const int NameMaxLength = TextLimits.ShortTitle;

    /// <summary>The list every organisation starts with.</summary>
    public static IReadOnlyList<string> Defaults { get; } =
    [
        "HMICFRS",
        "Internal audit",
        "IOPC",
        "Coroner (prevention of future deaths)",
        "MOPAC review",
        "External auditor",
        "Independent review",
        "Other",
    ];

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public required string Name { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Archived sources stay on the reports that name them but are not offered for new ones.</summary>
    public bool IsArchived { get; set; }

    public Guid Version { get; set; }
}

/// <summary>A strategic theme recommendations are grouped by ("Public protection", "Information management"…), per organisation.</summary>
public class RecommendationTheme : Entity, IAudited, IVersioned
{
    public const int NameMaxLength = TextLimits.ShortTitle;

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public required string Name { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Archived themes stay on the recommendations that have them but are not offered for new ones.</summary>
    public bool IsArchived { get; set; }

    public Guid Version { get; set; }
}

/// <summary>A report that made recommendations: its source body, title, date and the body's own reference.</summary>
public class SourceReport : Entity, IAudited, IVersioned
{
    public const int TitleMaxLength = TextLimits.Title;
    public const int ReferenceMaxLength = TextLimits.ShortTitle;

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public int SourceId { get; set; }

    public RecommendationSource? Source { get; set; }

    public required string Title { get; set; }

    public DateOnly? PublishedOn { get; set; }

    /// <summary>The source body's reference for the report, if it has one.</summary>
    public string? Reference { get; set; }

    public List<Recommendation> Recommendations { get; set; } = [];

    public Guid Version { get; set; }
}

/// <summary>How a recommendation is delivered.</summary>
public enum DeliveryRoute
{
    /// <summary>Through a named programme (its name in <see cref="Recommendation.DeliveryDetail"/>).</summary>
    Programme,

    /// <summary>A local improvement by the owning business area.</summary>
    LocalImprovement,

    /// <summary>A change of policy or procedure.</summary>
    PolicyChange,

    Other,
}

/// <summary>Where a recommendation stands: open → in progress → proposed for closure → closed (and back, with reasons).</summary>
public enum RecommendationStatus
{
    Open,
    InProgress,

    /// <summary>The owner says the underlying issue is addressed and has given evidence; waiting for the second key.</summary>
    ProposedForClosure,

    Closed,
}

public static class RecommendationWords
{
    public static string DisplayName(this RecommendationStatus status) => status switch
    {
        RecommendationStatus.Open => "Open",
        RecommendationStatus.InProgress => "In progress",
        RecommendationStatus.ProposedForClosure => "Proposed for closure",
        RecommendationStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string DisplayName(this DeliveryRoute route) => route switch
    {
        DeliveryRoute.Programme => "Programme",
        DeliveryRoute.LocalImprovement => "Local improvement",
        DeliveryRoute.PolicyChange => "Policy change",
        DeliveryRoute.Other => "Other",
        _ => route.ToString(),
    };
}

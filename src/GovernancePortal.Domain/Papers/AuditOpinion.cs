using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.Domain.Papers;

/// <summary>
/// The head of internal audit's opinion on an organisation's internal control for a reporting year, with the
/// recommendations the AGS reports (priority and management response), entered as structured data.
/// </summary>
public class AuditOpinion : Entity, IAudited, IVersioned
{
    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public ReportingYear Year { get; set; }

    /// <summary>The overall level of assurance the opinion gives.</summary>
    public AssuranceLevel Level { get; set; }

    /// <summary>The opinion in its own words, e.g. "MOPAC has established an adequate internal control environment…".</summary>
    public required string Opinion { get; set; }

    /// <summary>Who gives it: "Director of Audit, Risk and Assurance".</summary>
    public required string GivenBy { get; set; }

    public DateOnly? GivenOn { get; set; }

    /// <summary>Where the recommendations come from (structured text), e.g. the audit reviews of the year.</summary>
    public string? Basis { get; set; }

    public List<AuditRecommendation> Recommendations { get; set; } = [];

    public Guid Version { get; set; }

    public IReadOnlyList<AuditRecommendation> OrderedRecommendations => [.. Recommendations.OrderBy(r => r.SortOrder).ThenBy(r => r.Id)];

    /// <summary>Adds or changes a recommendation; numbers are unique within the opinion.</summary>
    public AuditRecommendation Put(AuditRecommendation? existing, string number, string text, RecommendationPriority priority, string? response)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (Recommendations.Any(r => r != existing && string.Equals(r.Number, number.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"Recommendation {number.Trim()} is already recorded for this opinion");
        }

        var recommendation = existing ?? new AuditRecommendation { SortOrder = Recommendations.Count == 0 ? 1 : Recommendations.Max(r => r.SortOrder) + 1 };
        if (existing is not null && !Recommendations.Contains(existing))
        {
            throw new DomainException("That recommendation is not part of this opinion");
        }

        recommendation.Number = number.Trim();
        recommendation.Text = text.Trim();
        recommendation.Priority = priority;
        recommendation.ManagementResponse = string.IsNullOrWhiteSpace(response) ? null : response.Trim();
        if (existing is null)
        {
            Recommendations.Add(recommendation);
        }

        return recommendation;
    }

    public void Remove(AuditRecommendation recommendation)
    {
        if (!Recommendations.Remove(recommendation))
        {
            throw new DomainException("That recommendation is not part of this opinion");
        }
    }
}

/// <summary>A recommendation reported with the audit opinion.</summary>
public class AuditRecommendation : Entity, IAudited
{
    public const int NumberMaxLength = 20;

    public int OpinionId { get; set; }

    public string Number { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public RecommendationPriority Priority { get; set; }

    public string? ManagementResponse { get; set; }

    public int SortOrder { get; set; }
}

public enum RecommendationPriority
{
    High,
    Medium,
    Low,
}

/// <summary>The levels of assurance internal audit opinions use.</summary>
public enum AssuranceLevel
{
    Substantial,
    Adequate,
    Limited,
    NoAssurance,
}

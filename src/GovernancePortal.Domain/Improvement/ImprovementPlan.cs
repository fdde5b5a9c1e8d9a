using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.Domain.Improvement;

/// <summary>
/// A governance improvement plan: one organisation's improvement areas and actions over one or more reporting years
/// (the Met's 2018/21 plan spans three).
/// </summary>
public class ImprovementPlan : Entity, IAudited, IVersioned
{
    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public required string Title { get; set; }

    public ReportingYear FirstYear { get; set; }

    public ReportingYear LastYear { get; set; }

    public List<ImprovementArea> Areas { get; set; } = [];

    public Guid Version { get; set; }

    /// <summary>"2018/21" for a multi-year plan, "2017/18" for a single year.</summary>
    public string Period => FirstYear == LastYear
        ? FirstYear.ToString()
        : $"{FirstYear.StartYear}/{(LastYear.StartYear + 1) % 100:00}";
}

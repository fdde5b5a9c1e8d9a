using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.Domain.Framework;

/// <summary>
/// An organisation's governance framework for one reporting year. A year is opened as a draft (usually by rolling the
/// previous year forward) and published when its Code of Governance and AGS are approved; published years are
/// read-only, and only published years are visible outside the organisation.
/// </summary>
public class FrameworkYear : Entity, IAudited, IVersioned
{
    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public ReportingYear Year { get; set; }

    public FrameworkYearStatus Status { get; set; }

    /// <summary>The year whose framework this one was copied from, if it was rolled forward.</summary>
    public ReportingYear? RolledForwardFrom { get; set; }

    public DateTime OpenedAtUtc { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public Guid Version { get; set; }

    public bool IsPublished => Status == FrameworkYearStatus.Published;
}

public enum FrameworkYearStatus
{
    Draft,
    Published,
}

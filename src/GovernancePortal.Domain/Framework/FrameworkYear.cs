using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Text;

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

    private FrameworkYearStatus status;
    private DateTime? publishedAtUtc;

    /// <summary>Draft or published; a year changes it only by <see cref="Publish"/>.</summary>
    public FrameworkYearStatus Status { get => status; init => status = value; }

    /// <summary>The year whose framework this one was copied from, if it was rolled forward.</summary>
    public ReportingYear? RolledForwardFrom { get; set; }

    public DateTime OpenedAtUtc { get; set; }

    public DateTime? PublishedAtUtc { get => publishedAtUtc; init => publishedAtUtc = value; }

    public Guid Version { get; set; }

    public bool IsPublished => Status == FrameworkYearStatus.Published;

    /// <summary>
    /// Opens the year after <paramref name="latest"/> as a draft rolled forward from it. Only one year is in draft at a
    /// time, so the latest year must be published first.
    /// </summary>
    public static FrameworkYear OpenAfter(FrameworkYear latest, DateTime openedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(latest);
        if (!latest.IsPublished)
        {
            throw new DomainException($"Publish {latest.Year} before opening {latest.Year.Next}: only one year can be in draft at a time");
        }

        return new FrameworkYear
        {
            OrganisationId = latest.OrganisationId,
            Year = latest.Year.Next,
            Status = FrameworkYearStatus.Draft,
            RolledForwardFrom = latest.Year,
            OpenedAtUtc = openedAtUtc,
        };
    }

    /// <summary>
    /// Publishes the draft: its text becomes read-only and visible to everyone who may read the framework. Refused when
    /// the year is already published or proposals for it still wait for a decision.
    /// </summary>
    public void Publish(int pendingProposals, DateTime publishedAtUtc)
    {
        if (IsPublished)
        {
            throw new DomainException($"{Year} is already published");
        }

        if (pendingProposals > 0)
        {
            throw new DomainException($"Accept or return the {Plural.Of(pendingProposals, "pending proposal")} for {Year} before publishing it");
        }

        status = FrameworkYearStatus.Published;
        this.publishedAtUtc = publishedAtUtc;
    }
}

public enum FrameworkYearStatus
{
    Draft,
    Published,
}

using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.Domain.People;

/// <summary>
/// Someone named in the governance framework: a senior lead, an action owner. Often known by post alone
/// ("Director of Strategy &amp; Governance"); may be linked to a sign-in account.
/// </summary>
public class Person : Entity, IAudited, IVersioned
{
    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>The person's name, when known; leads are often recorded by post only.</summary>
    public string? FullName { get; set; }

    /// <summary>The post, e.g. "Director of Strategy &amp; Governance" or "AC Professionalism".</summary>
    public required string JobTitle { get; set; }

    public string? Email { get; set; }

    /// <summary>The linked sign-in account, if any.</summary>
    public string? UserId { get; set; }

    public Guid Version { get; set; }

    /// <summary>How the person is shown: "Name (Post)" or just the post.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(FullName) ? JobTitle : $"{FullName} ({JobTitle})";
}

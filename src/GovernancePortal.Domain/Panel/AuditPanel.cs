using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.Domain.Panel;

/// <summary>
/// The Audit Panel: independent members with a chair, the organisations it serves (the Met and MOPAC share one), and
/// its terms of reference. Meetings, papers published to them, matters arising and questions hang off it.
/// </summary>
public class AuditPanel : Entity, IAudited, IVersioned
{
    public const int NameMaxLength = TextLimits.ShortTitle;

    public required string Name { get; set; }

    /// <summary>Structured text (paragraphs, lists) as in papers.</summary>
    public string? TermsOfReference { get; set; }

    public List<PanelMember> Members { get; set; } = [];

    public List<PanelOrganisation> Organisations { get; set; } = [];

    public Guid Version { get; set; }

    public IReadOnlyList<PanelMember> OrderedMembers => [.. Members.OrderBy(m => m.Role).ThenBy(m => m.SortOrder).ThenBy(m => m.Id)];

    public bool Serves(int organisationId) => Organisations.Any(o => o.OrganisationId == organisationId);

    public void Describe(string name, string? termsOfReference)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        TermsOfReference = string.IsNullOrWhiteSpace(termsOfReference) ? null : termsOfReference.Trim();
    }

    /// <summary>Replaces the members, in order. One chair at most; a term cannot end before it starts.</summary>
    public void SetMembers(IReadOnlyList<PanelMemberDetails> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var named = members.Where(m => !string.IsNullOrWhiteSpace(m.Name)).ToList();
        if (named.Count(m => m.Role == PanelRole.Chair) > 1)
        {
            throw new DomainException("The panel has one chair");
        }

        if (named.FirstOrDefault(m => m.AppointedOn is { } from && m.TermEndsOn is { } to && to < from) is { } wrong)
        {
            throw new DomainException($"{wrong.Name.Trim()}'s term cannot end before it starts");
        }

        Members.Clear();
        var order = 0;
        foreach (var member in named)
        {
            Members.Add(new PanelMember
            {
                Name = member.Name.Trim(),
                Role = member.Role,
                AppointedOn = member.AppointedOn,
                TermEndsOn = member.TermEndsOn,
                UserId = member.UserId,
                SortOrder = ++order,
            });
        }
    }
}

public sealed record PanelMemberDetails(string Name, PanelRole Role, DateOnly? AppointedOn, DateOnly? TermEndsOn, string? UserId = null);

public enum PanelRole
{
    Chair,
    IndependentMember,
}

/// <summary>A member of the panel and their term.</summary>
public class PanelMember : Entity, IAudited
{
    public int PanelId { get; set; }

    public string Name { get; set; } = string.Empty;

    public PanelRole Role { get; set; }

    public DateOnly? AppointedOn { get; set; }

    public DateOnly? TermEndsOn { get; set; }

    /// <summary>The member's sign-in account, when linked.</summary>
    public string? UserId { get; set; }

    public int SortOrder { get; set; }

    public bool ServesOn(DateOnly day) => (AppointedOn is null || AppointedOn <= day) && (TermEndsOn is null || TermEndsOn >= day);
}

/// <summary>An organisation the panel serves.</summary>
public class PanelOrganisation : Entity, IAudited
{
    public int PanelId { get; set; }

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }
}

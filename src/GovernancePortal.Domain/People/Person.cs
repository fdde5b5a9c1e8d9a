using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;

namespace GovernancePortal.Domain.People;

/// <summary>
/// Someone named in the governance framework: a senior lead, an action owner. Often known by post alone
/// ("Director of Strategy &amp; Governance"); may be linked to a sign-in account.
/// </summary>
public class Person : Entity, IAudited, IVersioned
{
    private bool isArchived;

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    /// <summary>The person's name, when known; leads are often recorded by post only.</summary>
    public string? FullName { get; set; }

    /// <summary>The post, e.g. "Director of Strategy &amp; Governance" or "AC Professionalism".</summary>
    public required string JobTitle { get; set; }

    public string? Email { get; set; }

    /// <summary>
    /// The business group the post sits in (e.g. "MetHQ", "Territorial Policing"), for sending surveys by group and
    /// analysing the returns by group.
    /// </summary>
    public string? BusinessGroup { get; set; }

    /// <summary>The linked sign-in account, if any.</summary>
    public string? UserId { get; set; }

    /// <summary>When the current holder took up the post, if known.</summary>
    public DateOnly? HolderSince { get; set; }

    /// <summary>Earlier holders of the post, most recent last.</summary>
    public List<PostHolding> PreviousHolders { get; set; } = [];

    /// <summary>Archived people stay on past records but are not offered for new ones.</summary>
    public bool IsArchived { get => isArchived; init => isArchived = value; }

    public Guid Version { get; set; }

    /// <summary>
    /// Records that someone new holds the post from <paramref name="since"/>: the outgoing holder moves to
    /// <see cref="PreviousHolders"/>.
    /// </summary>
    public void ChangeHolder(string? fullName, string? email, string? userId, DateOnly since)
    {
        if (HolderSince is { } started && since < started)
        {
            throw new DomainException("The new holder cannot start before the current holder did");
        }

        if (!string.IsNullOrWhiteSpace(FullName) || !string.IsNullOrWhiteSpace(Email) || UserId is not null)
        {
            PreviousHolders.Add(new PostHolding { FullName = FullName, Email = Email, UserId = UserId, From = HolderSince, To = since.AddDays(-1) });
        }

        FullName = fullName;
        Email = email;
        UserId = userId;
        HolderSince = since;
    }

    /// <summary>Archives the person: kept on past records, no longer offered for new ones.</summary>
    public void Archive()
    {
        if (isArchived)
        {
            throw new DomainException("This person is already archived");
        }

        isArchived = true;
    }

    /// <summary>Makes an archived person current again.</summary>
    public void Restore()
    {
        if (!isArchived)
        {
            throw new DomainException("This person is already current");
        }

        isArchived = false;
    }

    /// <summary>How the person is shown: "Name (Post)" or just the post.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(FullName) ? JobTitle : $"{FullName} ({JobTitle})";
}

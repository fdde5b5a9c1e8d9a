using GovernancePortal.Domain.Common;

namespace GovernancePortal.Domain.People;

/// <summary>
/// A past holder of a post such as "AC Professionalism". The current holder is on the <see cref="Person"/> record;
/// when the holder changes, the outgoing one is kept here so that past papers still name the right person.
/// </summary>
public class PostHolding : Entity, IAudited
{
    public int PersonId { get; set; }

    public string? FullName { get; set; }

    public string? Email { get; set; }

    public string? UserId { get; set; }

    /// <summary>When the holding began, if known.</summary>
    public DateOnly? From { get; set; }

    /// <summary>The day the holder handed over.</summary>
    public DateOnly To { get; set; }
}

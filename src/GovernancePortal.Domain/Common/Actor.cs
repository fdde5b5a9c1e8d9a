namespace GovernancePortal.Domain.Common;

/// <summary>Who did something, as recorded on the record itself (the audit trail records it too).</summary>
public sealed record Actor(string? UserId, string Name, DateTime AtUtc)
{
    public DateOnly Day => DateOnly.FromDateTime(AtUtc);
}

namespace GovernancePortal.Infrastructure.Auditing;

/// <summary>
/// Who the audit trail records for a save: all the database needs to know about the actor. Use cases see the richer
/// <c>ICurrentUser</c> (Application), which extends this.
/// </summary>
public interface IAuditActor
{
    string? UserId { get; }

    string UserName { get; }
}

/// <summary>A named non-human actor for saves outside any use case (seeding, design-time tools).</summary>
public sealed class SystemActor(string name) : IAuditActor
{
    public string? UserId => null;

    public string UserName { get; } = name;
}

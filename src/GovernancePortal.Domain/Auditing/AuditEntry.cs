namespace GovernancePortal.Domain.Auditing;

/// <summary>
/// One change to a domain record, written in the same transaction as the change itself: who, when, which record,
/// and each changed field's old and new value (JSON).
/// </summary>
public class AuditEntry
{
    public const int EntityTypeMaxLength = 100;
    public const int EntityKeyMaxLength = 100;
    public const int UserNameMaxLength = 256;

    public long Id { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public required string EntityType { get; set; }

    public required string EntityKey { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>JSON object: field name → { "old": …, "new": … }.</summary>
    public required string Changes { get; set; }
}

public enum AuditAction
{
    Insert,
    Update,
    Delete,

    // Account events (EntityType "Account", EntityKey the account id; Changes holds the details).
    SignedIn,
    SignInFailed,
    LockedOut,
    SignedOut,
    PasswordChanged,

    /// <summary>One or more sessions of the account ended by someone (sign out everywhere, an administrator, disabling, a password change).</summary>
    SessionsEnded,
}

using System.Text;
using System.Text.Json;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Data;

namespace GovernancePortal.Infrastructure.Auditing;

/// <summary>
/// Writes account events (signed in, sign-in failed, locked out, signed out, password changed) to the audit trail as
/// entries of type <see cref="AccountEventLog.EntityType"/>. Never give it a password: the details are an e-mail address and a reason.
/// </summary>
public interface IAccountEventLog
{
    /// <summary>Records an event about an existing account, acted by the account itself.</summary>
    Task RecordAsync(AuditAction action, string userId, string? email, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a failed sign-in for an e-mail address (or a single sign-on name) that matches no account, with
    /// <paramref name="reason"/> or else <see cref="AccountEventLog.UnknownAccountReason"/>.
    /// </summary>
    Task RecordUnknownAccountAsync(string attemptedEmail, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>Records an event about an account acted by someone else (an administrator ending its sessions).</summary>
    Task RecordByAsync(AuditAction action, string userId, string? email, IAuditActor actor, string? reason = null, CancellationToken cancellationToken = default);
}

public sealed class AccountEventLog(GovernancePortalDbContext db, TimeProvider time) : IAccountEventLog
{
    /// <summary>The audit entity type of account events.</summary>
    public const string EntityType = "Account";

    public const string UnknownAccountReason = "no account with this email address";

    public Task RecordAsync(AuditAction action, string userId, string? email, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return WriteAsync(action, userId, userId, email, email, reason, cancellationToken);
    }

    public Task RecordByAsync(AuditAction action, string userId, string? email, IAuditActor actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(actor);
        return WriteAsync(action, userId, actor.UserId, actor.UserName, email, reason, cancellationToken);
    }

    public Task RecordUnknownAccountAsync(string attemptedEmail, string? reason = null, CancellationToken cancellationToken = default)
    {
        var email = NormaliseEmail(attemptedEmail);
        return WriteAsync(AuditAction.SignInFailed, Truncate(email, AuditEntry.EntityKeyMaxLength), null, email, email, reason ?? UnknownAccountReason, cancellationToken);
    }

    /// <summary>How an attempted e-mail address is keyed: trimmed and lower case.</summary>
    public static string NormaliseEmail(string? email) => (email ?? string.Empty).Trim().ToLowerInvariant();

    private async Task WriteAsync(
        AuditAction action, string key, string? userId, string? userName, string? email, string? reason, CancellationToken cancellationToken)
    {
        if (action is AuditAction.Insert or AuditAction.Update or AuditAction.Delete)
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "Record changes are audited by the interceptor, not as account events.");
        }

        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAtUtc = time.GetUtcNow().UtcDateTime,
            UserId = userId,
            UserName = userName is null ? null : Truncate(userName, AuditEntry.UserNameMaxLength),
            EntityType = EntityType,
            EntityKey = key,
            Action = action,
            Changes = Details(email, reason),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Details(string? email, string? reason)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (email is not null)
            {
                json.WriteString("email", Truncate(email, AuditEntry.UserNameMaxLength));
            }

            if (reason is not null)
            {
                json.WriteString("reason", reason);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}

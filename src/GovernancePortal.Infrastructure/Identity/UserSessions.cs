using System.Buffers.Text;
using System.Security.Cryptography;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Infrastructure.Identity;

/// <summary>A session as the account's owner and administrators see it.</summary>
public sealed record SessionSummary(
    string Id, DateTime CreatedAtUtc, DateTime LastSeenAtUtc, DateTime ExpiresAtUtc, string Method, string? Client, string? IpAddress, DateTime? EndedAtUtc, string? EndReason);

/// <summary>
/// The server-side sessions (<see cref="UserSession"/>): started by the sign-in cookie's session store, checked on
/// requests, listed and ended by the account pages and administrators. Ending writes straight to the database (one
/// statement, no change tracking) and forgets the sessions in this instance's <see cref="SessionCache"/> at once.
/// </summary>
public interface IUserSessions
{
    /// <summary>The account's sessions that are live now, newest first.</summary>
    Task<IReadOnlyList<SessionSummary>> ListLiveAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Ends one session of the account (nothing if it is not the account's or has ended). True if it ended it.</summary>
    Task<bool> EndAsync(string userId, string sessionId, string reason, CancellationToken cancellationToken = default);

    /// <summary>Ends every live session of the account, except <paramref name="keepSessionId"/> if given. Returns how many ended.</summary>
    Task<int> EndAllAsync(string userId, string reason, string? keepSessionId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The account changed (name, roles, organisations): this instance checks its sessions again at their next request
    /// and builds their principal anew; other instances do within <see cref="SessionSettings.CheckInterval"/> (they see
    /// the new security stamp).
    /// </summary>
    void AccountChanged(string userId);
}

public sealed class UserSessions(GovernancePortalDbContext db, SessionCache cache, SessionSettings settings, TimeProvider time) : IUserSessions
{
    public const string SignedOutReason = "signed out";
    public const string ExpiredReason = "expired";
    public const string SignedInAgainReason = "signed in again in the same browser";

    /// <summary>A new unguessable session id: base64url of 32 random bytes.</summary>
    public static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Whether <paramref name="value"/> has the shape of a session id (checked before any lookup).</summary>
    public static bool IsWellFormed(string? value) =>
        value is { Length: UserSession.IdLength } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public async Task<IReadOnlyList<SessionSummary>> ListLiveAsync(string userId, CancellationToken cancellationToken = default)
    {
        return await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId)
            .Where(UserSession.LiveAt(time.GetUtcNow().UtcDateTime, settings.IdleTimeout))
            .OrderByDescending(s => s.CreatedAtUtc)
            .Select(s => new SessionSummary(s.Id, s.CreatedAtUtc, s.LastSeenAtUtc, s.ExpiresAtUtc, s.Method, s.Client, s.IpAddress, s.EndedAtUtc, s.EndReason))
            .ToListAsync(cancellationToken);
    }

    public Task<bool> EndAsync(string userId, string sessionId, string reason, CancellationToken cancellationToken = default) =>
        EndAsync(db.UserSessions.Where(s => s.Id == sessionId && s.UserId == userId), sessionId, reason, cancellationToken);

    /// <summary>Ends a session by id whoever it belongs to (sign-out, expiry, a new sign-in in the same browser).</summary>
    public Task<bool> EndAsync(string sessionId, string reason, CancellationToken cancellationToken = default) =>
        EndAsync(db.UserSessions.Where(s => s.Id == sessionId), sessionId, reason, cancellationToken);

    private async Task<bool> EndAsync(IQueryable<UserSession> session, string sessionId, string reason, CancellationToken cancellationToken)
    {
        cache.Forget(sessionId);
        if (!IsWellFormed(sessionId))
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var ended = await session.Where(s => s.EndedAtUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAtUtc, now).SetProperty(s => s.EndReason, Truncate(reason)), cancellationToken);
        return ended > 0;
    }

    public async Task<int> EndAllAsync(string userId, string reason, string? keepSessionId = null, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var ended = await db.UserSessions
            .Where(s => s.UserId == userId && s.EndedAtUtc == null && s.Id != keepSessionId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAtUtc, now).SetProperty(s => s.EndReason, Truncate(reason)), cancellationToken);
        cache.ForgetUser(userId);
        return ended;
    }

    public void AccountChanged(string userId) => cache.ForgetUser(userId);

    /// <summary>Deletes sessions that ended or expired more than <see cref="UserSession.RetentionDays"/> days ago.</summary>
    public Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var before = time.GetUtcNow().UtcDateTime.AddDays(-UserSession.RetentionDays);
        return db.UserSessions.Where(s => s.EndedAtUtc < before || s.ExpiresAtUtc < before).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Truncate(string reason) => reason.Length <= UserSession.EndReasonMaxLength ? reason : reason[..UserSession.EndReasonMaxLength];
}

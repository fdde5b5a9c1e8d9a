using System.Collections.Concurrent;
using System.Security.Claims;

namespace GovernancePortal.Infrastructure.Identity;

/// <summary>
/// This instance's memory of sessions it has checked: for each session id, what the database said and when, and the
/// signed-in principal (user, roles, organisations) built for the account's security stamp at the time. An entry is
/// trusted for <see cref="SessionSettings.CheckInterval"/>; ending a session here forgets it at once. Principals are
/// shared by the sessions of one account and rebuilt when its security stamp changes (any change to the account).
/// </summary>
public sealed class SessionCache
{
    private const int PruneAbove = 20_000;

    private readonly ConcurrentDictionary<string, CachedSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CachedPrincipal> _principals = new(StringComparer.Ordinal);

    public bool TryGet(string sessionId, out CachedSession session) => _sessions.TryGetValue(sessionId, out session!);

    public void Set(CachedSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (_sessions.Count > PruneAbove)
        {
            Prune(session.CheckedAtUtc);
        }

        _sessions[session.Id] = session;
    }

    /// <summary>The principal built for this account at this security stamp, if this instance has one.</summary>
    public ClaimsPrincipal? Principal(string userId, string stamp) =>
        _principals.TryGetValue(userId, out var cached) && cached.Stamp == stamp ? cached.Principal : null;

    public void SetPrincipal(string userId, string stamp, ClaimsPrincipal principal) => _principals[userId] = new CachedPrincipal(stamp, principal);

    public void Forget(string sessionId) => _sessions.TryRemove(sessionId, out _);

    /// <summary>Forgets every session of the account and its principal.</summary>
    public void ForgetUser(string userId)
    {
        _principals.TryRemove(userId, out _);
        foreach (var (id, session) in _sessions)
        {
            if (session.UserId == userId)
            {
                _sessions.TryRemove(id, out _);
            }
        }
    }

    private void Prune(DateTime nowUtc)
    {
        foreach (var (id, session) in _sessions)
        {
            if (nowUtc - session.CheckedAtUtc > SessionSettings.MaxCheckInterval)
            {
                _sessions.TryRemove(id, out _);
            }
        }
    }

    private sealed record CachedPrincipal(string Stamp, ClaimsPrincipal Principal);
}

/// <summary>A live session as this instance last read it.</summary>
public sealed record CachedSession(
    string Id,
    string UserId,
    string Stamp,
    string Method,
    ClaimsPrincipal Principal,
    DateTime RenewedAtUtc,
    DateTime ExpiresAtUtc,
    DateTime LastSeenAtUtc,
    DateTime CheckedAtUtc);

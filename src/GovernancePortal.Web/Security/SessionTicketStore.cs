using System.Security.Claims;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovernancePortal.Web.Security;

/// <summary>
/// The sign-in cookie's session store: the cookie carries only a session id (protected by Data Protection); the
/// session is a <see cref="UserSession"/> row. Checking a cookie is one indexed lookup (the session and its account's
/// security stamp), remembered by this instance for <see cref="SessionSettings.CheckInterval"/>; the request's user,
/// roles and organisations come from the principal cached for the account's stamp, rebuilt when the account changes.
/// Sliding renewal (past half the idle window) writes the new start of the window and re-issues the cookie; nothing
/// else re-issues it.
/// </summary>
public sealed class SessionTicketStore(SessionCache cache, SessionSettings settings, TimeProvider time, IOptions<IdentityOptions> identityOptions) : ITicketStore
{
    /// <summary>An <see cref="HttpContext.Items"/> key: why the session is being removed (default: it expired).</summary>
    public const string EndReasonItem = "gp:session-end-reason";

    private readonly string _stampClaim = identityOptions.Value.ClaimsIdentity.SecurityStampClaimType;

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(httpContext);
        var userId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("A signed-in principal has no user id.");
        var now = time.GetUtcNow().UtcDateTime;
        var method = ticket.Properties.Items.TryGetValue(UserSession.MethodItem, out var value) && value == UserSession.SsoMethod ? UserSession.SsoMethod : UserSession.PasswordMethod;
        var session = new UserSession
        {
            Id = UserSessions.NewId(),
            UserId = userId,
            CreatedAtUtc = now,
            RenewedAtUtc = now,
            LastSeenAtUtc = now,
            ExpiresAtUtc = now + settings.AbsoluteTimeout,
            Method = method,
            Client = Shorten(httpContext.Request.Headers.UserAgent.ToString(), UserSession.ClientMaxLength),
            IpAddress = Shorten(httpContext.Connection.RemoteIpAddress?.ToString(), UserSession.AddressMaxLength),
        };
        var db = httpContext.RequestServices.GetRequiredService<GovernancePortalDbContext>();
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(session).State = EntityState.Detached;

        var stamp = ticket.Principal.FindFirstValue(_stampClaim) ?? string.Empty;
        cache.SetPrincipal(userId, stamp, ticket.Principal);
        cache.Set(new CachedSession(session.Id, userId, stamp, method, ForSession(ticket.Principal, session.Id, method), now, session.ExpiresAtUtc, now, now));
        return session.Id;
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!UserSessions.IsWellFormed(key))
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var known = cache.TryGet(key, out var cached) ? cached : null;
        if (known is not null && now - known.CheckedAtUtc < settings.CheckInterval)
        {
            return IsLive(known.RenewedAtUtc, known.ExpiresAtUtc, now) ? Ticket(known) : null;
        }

        var db = httpContext.RequestServices.GetRequiredService<GovernancePortalDbContext>();
        var row = await db.UserSessions.AsNoTracking()
            .Where(s => s.Id == key)
            .Select(s => new { s.UserId, s.Method, s.RenewedAtUtc, s.ExpiresAtUtc, s.LastSeenAtUtc, s.EndedAtUtc, Stamp = s.User!.SecurityStamp, Disabled = s.User.IsDisabled })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null || row.EndedAtUtc is not null || row.Disabled || !IsLive(row.RenewedAtUtc, row.ExpiresAtUtc, now))
        {
            cache.Forget(key);
            return null;
        }

        var stamp = row.Stamp ?? string.Empty;
        ClaimsPrincipal principal;
        if (known is not null && known.Stamp == stamp)
        {
            principal = known.Principal;
        }
        else
        {
            var account = cache.Principal(row.UserId, stamp);
            if (account is null)
            {
                (account, stamp) = await BuildAsync(httpContext.RequestServices, row.UserId);
                if (account is null)
                {
                    return null;
                }

                cache.SetPrincipal(row.UserId, stamp, account);
            }

            principal = ForSession(account, key, row.Method);
        }

        var lastSeen = row.LastSeenAtUtc;
        if (now - lastSeen >= SessionSettings.LastSeenResolution)
        {
            lastSeen = now;
            await db.UserSessions.Where(s => s.Id == key).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAtUtc, now), cancellationToken);
        }

        var entry = new CachedSession(key, row.UserId, stamp, row.Method, principal, row.RenewedAtUtc, row.ExpiresAtUtc, lastSeen, now);
        cache.Set(entry);
        return Ticket(entry);
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(httpContext);
        var now = time.GetUtcNow().UtcDateTime;
        var renewed = ticket.Properties.IssuedUtc?.UtcDateTime ?? now;
        var db = httpContext.RequestServices.GetRequiredService<GovernancePortalDbContext>();
        await db.UserSessions.Where(s => s.Id == key && s.EndedAtUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RenewedAtUtc, renewed).SetProperty(s => s.LastSeenAtUtc, now), cancellationToken);
        // The next request reads the session again: the new window, and a principal refreshed by a password change.
        cache.Forget(key);
    }

    public async Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var reason = httpContext.Items.TryGetValue(EndReasonItem, out var value) && value is string given ? given : UserSessions.ExpiredReason;
        await httpContext.RequestServices.GetRequiredService<UserSessions>().EndAsync(key, reason, cancellationToken);
    }

    // The cookie handler always passes the HttpContext (ASP.NET Core 7 and later); these overloads are never called.
    public Task<string> StoreAsync(AuthenticationTicket ticket) => throw new NotSupportedException("The session store needs the request.");

    public Task RenewAsync(string key, AuthenticationTicket ticket) => throw new NotSupportedException("The session store needs the request.");

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => throw new NotSupportedException("The session store needs the request.");

    public Task RemoveAsync(string key) => throw new NotSupportedException("The session store needs the request.");

    private bool IsLive(DateTime renewedAtUtc, DateTime expiresAtUtc, DateTime nowUtc) =>
        UserSession.IsWithinTimeouts(renewedAtUtc, expiresAtUtc, nowUtc, settings.IdleTimeout);

    private AuthenticationTicket Ticket(CachedSession session)
    {
        var idleEnd = session.RenewedAtUtc + settings.IdleTimeout;
        var properties = new AuthenticationProperties
        {
            IssuedUtc = new DateTimeOffset(session.RenewedAtUtc, TimeSpan.Zero),
            ExpiresUtc = new DateTimeOffset(idleEnd < session.ExpiresAtUtc ? idleEnd : session.ExpiresAtUtc, TimeSpan.Zero),
            AllowRefresh = true,
        };
        return new AuthenticationTicket(session.Principal, properties, IdentityConstants.ApplicationScheme);
    }

    /// <summary>The account's principal, freshly built (user, roles, organisations, display name), and its stamp.</summary>
    private static async Task<(ClaimsPrincipal? Principal, string Stamp)> BuildAsync(IServiceProvider services, string userId)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.IsDisabled)
        {
            return (null, string.Empty);
        }

        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
        return (principal, user.SecurityStamp ?? string.Empty);
    }

    /// <summary>A copy of the account's principal naming this session and how it signed in.</summary>
    private static ClaimsPrincipal ForSession(ClaimsPrincipal account, string sessionId, string method)
    {
        var identities = account.Identities.Select(i => i.Clone()).ToList();
        var first = identities[0];
        foreach (var old in first.FindAll(c => c.Type is AppClaimTypes.Session or ClaimTypes.AuthenticationMethod or "amr").ToList())
        {
            first.RemoveClaim(old);
        }

        first.AddClaim(new Claim(AppClaimTypes.Session, sessionId));
        first.AddClaim(new Claim(ClaimTypes.AuthenticationMethod, method));
        return new ClaimsPrincipal(identities);
    }

    private static string? Shorten(string? value, int max) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= max ? value : value[..max];
}

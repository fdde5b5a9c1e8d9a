namespace GovernancePortal.Infrastructure.Identity;

/// <summary>
/// A signed-in session, held on the server: the authentication cookie carries only its <see cref="Id"/> (protected by
/// Data Protection). Signing out, "sign out everywhere", an administrator, disabling the account or changing its
/// password ends it (<see cref="EndedAtUtc"/>), and a cookie naming an ended session is refused on every instance.
/// Rows are kept for <see cref="RetentionDays"/> days after they end, so that administrators see recent sessions.
/// </summary>
public class UserSession
{
    /// <summary>Base64url of 32 random bytes.</summary>
    public const int IdLength = 43;
    public const int ClientMaxLength = 200;
    public const int AddressMaxLength = 64;
    public const int EndReasonMaxLength = 200;
    public const int MethodMaxLength = 20;
    public const int RetentionDays = 30;

    public const string PasswordMethod = "password";
    public const string SsoMethod = "sso";

    /// <summary>The sign-in's authentication properties item that says how the user signed in (<see cref="SsoMethod"/>).</summary>
    public const string MethodItem = ".gp.method";

    public required string Id { get; init; }

    public required string UserId { get; init; }

    public ApplicationUser? User { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    /// <summary>When the sliding idle window last started (sign-in, then each renewal); the session is idle-expired at this plus the idle timeout.</summary>
    public DateTime RenewedAtUtc { get; set; }

    /// <summary>The last request seen, to the minute (written at most once a minute per session).</summary>
    public DateTime LastSeenAtUtc { get; set; }

    /// <summary>The absolute end: sign-in plus <c>Security:AbsoluteTimeout</c>, however active the session is.</summary>
    public DateTime ExpiresAtUtc { get; init; }

    public DateTime? EndedAtUtc { get; set; }

    public string? EndReason { get; set; }

    /// <summary>The browser's user agent, shortened.</summary>
    public string? Client { get; init; }

    public string? IpAddress { get; init; }

    /// <summary><see cref="PasswordMethod"/> or <see cref="SsoMethod"/>.</summary>
    public required string Method { get; init; }

    /// <summary>Within its absolute end and its idle window at <paramref name="nowUtc"/> (the rule <see cref="LiveAt"/> queries by).</summary>
    public static bool IsWithinTimeouts(DateTime renewedAtUtc, DateTime expiresAtUtc, DateTime nowUtc, TimeSpan idleTimeout) =>
        nowUtc < expiresAtUtc && nowUtc < renewedAtUtc + idleTimeout;

    /// <summary>Sessions live at <paramref name="nowUtc"/>: not ended, within their absolute end and their idle window.</summary>
    public static System.Linq.Expressions.Expression<Func<UserSession, bool>> LiveAt(DateTime nowUtc, TimeSpan idleTimeout)
    {
        var idleStart = nowUtc - idleTimeout;
        return s => s.EndedAtUtc == null && s.ExpiresAtUtc > nowUtc && s.RenewedAtUtc > idleStart;
    }
}

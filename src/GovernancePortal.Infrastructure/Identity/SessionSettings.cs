using Microsoft.Extensions.Configuration;

namespace GovernancePortal.Infrastructure.Identity;

/// <summary>
/// Session timing (docs/security.md, Sessions): <c>Security:IdleTimeout</c> (30 minutes), <c>Security:AbsoluteTimeout</c>
/// (12 hours) and <c>Security:SessionCheckInterval</c> (10 seconds, at most 30): how long an instance trusts its own
/// answer to "is this session still live?" before it asks the database again. That is the bound on how long another
/// instance keeps accepting a session ended elsewhere; the instance where it ended drops it at once.
/// </summary>
public sealed record SessionSettings(TimeSpan IdleTimeout, TimeSpan AbsoluteTimeout, TimeSpan CheckInterval)
{
    public static readonly TimeSpan MaxCheckInterval = TimeSpan.FromSeconds(30);

    /// <summary>How stale a session's "last seen" may get before a request writes it again.</summary>
    public static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    public static SessionSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var idle = configuration.GetValue("Security:IdleTimeout", TimeSpan.FromMinutes(30));
        var absolute = configuration.GetValue("Security:AbsoluteTimeout", TimeSpan.FromHours(12));
        var check = configuration.GetValue("Security:SessionCheckInterval", TimeSpan.FromSeconds(10));
        if (idle <= TimeSpan.Zero || absolute < idle)
        {
            throw new InvalidOperationException("Security:IdleTimeout must be positive and Security:AbsoluteTimeout at least as long.");
        }

        if (check < TimeSpan.Zero || check > MaxCheckInterval)
        {
            throw new InvalidOperationException($"Security:SessionCheckInterval must be between 0 and {MaxCheckInterval.TotalSeconds:0} seconds.");
        }

        return new SessionSettings(idle, absolute, check);
    }
}

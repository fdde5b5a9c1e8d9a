using GovernancePortal.Domain.Common;
using GovernancePortal.Infrastructure.Data;

namespace GovernancePortal.Application.Common;

/// <summary>The user acting now, as records name them: their account, display name and the time.</summary>
public static class CurrentActor
{
    public static async Task<Actor> OfAsync(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(time);
        return new Actor(user.UserId, await UserDisplayName.OfAsync(db, user, cancellationToken), time.GetUtcNow().UtcDateTime);
    }
}

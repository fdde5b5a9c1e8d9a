using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Common;

/// <summary>The name recorded on a record for the user acting: their account's display name, or their user name.</summary>
public static class UserDisplayName
{
    public static async Task<string> OfAsync(GovernancePortalDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var name = user.UserId is null
            ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == user.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        return name ?? user.UserName;
    }
}

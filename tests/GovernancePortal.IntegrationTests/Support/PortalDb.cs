using GovernancePortal.Application.Common;
using GovernancePortal.Infrastructure.Data;

namespace GovernancePortal.IntegrationTests.Support;

public static class PortalDb
{
    /// <summary>Runs <paramref name="work"/> on a context of the portal's database whose saves are audited as a test actor.</summary>
    public static async Task<T> WithDbAsync<T>(this PortalFactory portal, Func<GovernancePortalDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = portal.NewScope();
        await using var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser("tests"));
        return await work(db);
    }
}

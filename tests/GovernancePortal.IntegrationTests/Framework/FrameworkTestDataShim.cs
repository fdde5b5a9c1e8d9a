using GovernancePortal.Infrastructure.Data;
using GovernancePortal.IntegrationTests.Support;

namespace GovernancePortal.IntegrationTests.Framework;

/// <summary>
/// The old home of the framework test data, kept only so that tests still importing this namespace for
/// <c>portal.WithDbAsync(...)</c> build. The data builders now live in Pages/Framework/FrameworkTestData.cs; delete this
/// file once nothing imports GovernancePortal.IntegrationTests.Framework.
/// </summary>
public static class FrameworkTestDataShim
{
    public static Task<T> WithDbAsync<T>(this PortalFactory portal, Func<GovernancePortalDbContext, Task<T>> work) =>
        Pages.Framework.FrameworkTestData.WithDbAsync(portal, work);
}

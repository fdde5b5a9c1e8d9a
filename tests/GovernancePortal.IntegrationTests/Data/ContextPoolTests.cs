using GovernancePortal.Infrastructure;
using GovernancePortal.Infrastructure.Auditing;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.IntegrationTests.Data;

/// <summary>
/// The app takes its contexts from a pool (DependencyInjection.Register): a context handed to a second unit of work
/// must audit as that unit's actor and carry nothing of the first. The services here are the app's data registration
/// alone, on the shared SQLite portal's database, so the pool is this test's own.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class ContextPoolTests(SqlitePortal portal)
{
    private ServiceProvider DataServices(Func<IAuditActor> actors)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = portal.ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddScoped(_ => actors());
        services.AddGovernancePortalData(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    [Fact]
    public async Task Context_TakenAgainFromThePool_AuditsAsTheNewActorAndForgetsTheLastUnitOfWork()
    {
        var taken = 0;
        await using var services = DataServices(() => new SystemActor($"actor {++taken}"));

        GovernancePortalDbContext first;
        await using (var scope = services.CreateAsyncScope())
        {
            first = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();
            Assert.Equal("actor 1", first.CurrentUser.UserName);
            await first.Users.AsTracking().FirstAsync(TestContext.Current.CancellationToken);
            Assert.Single(first.AccountSnapshots);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var second = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();
            Assert.Same(first, second);
            Assert.Equal("actor 2", second.CurrentUser.UserName);
            Assert.Empty(second.AccountSnapshots);
            Assert.Null(second.PendingAudit);
            Assert.Empty(second.ChangeTracker.Entries());

            // Accounts read in the new unit of work are still kept for the audit of their changes.
            await second.Users.AsTracking().FirstAsync(TestContext.Current.CancellationToken);
            Assert.Single(second.AccountSnapshots);
        }
    }

    [Fact]
    public async Task SaveChanges_ContextGivenNoActor_RefusesAndSavesNothing()
    {
        await using var services = DataServices(() => new SystemActor("unused"));
        var options = services.GetRequiredService<DbContextOptions<SqliteGovernancePortalDbContext>>();
        await using var db = new SqliteGovernancePortalDbContext(options);
        var post = "Unattributed post " + Guid.NewGuid().ToString("N")[..8];
        var met = await db.Organisations.SingleAsync(o => o.Code == Domain.Organisations.OrganisationCodes.Met, TestContext.Current.CancellationToken);
        db.People.Add(new Domain.People.Person { OrganisationId = met.Id, JobTitle = post });

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));

        Assert.Contains("actor", refused.Message, StringComparison.Ordinal);
        await using var check = new SqliteGovernancePortalDbContext(options);
        Assert.False(await check.People.AnyAsync(p => p.JobTitle == post, TestContext.Current.CancellationToken));
    }
}

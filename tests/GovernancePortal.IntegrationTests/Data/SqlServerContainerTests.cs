using System.Net.Sockets;
using DotNet.Testcontainers.Builders;
using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Testcontainers.MsSql;

namespace GovernancePortal.IntegrationTests.Data;

/// <summary>
/// Migrations, seeding and a round trip on a real SQL Server 2022 in a container. These machines have no Docker engine,
/// so here the tests report themselves skipped with the reason; where Docker runs, they run.
/// </summary>
public sealed class SqlServerContainerTests
{
    public static bool DockerAvailable
    {
        get
        {
            if (Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } host)
            {
                return host.StartsWith("tcp://", StringComparison.Ordinal);
            }

            const string socketPath = "/var/run/docker.sock";
            if (!File.Exists(socketPath))
            {
                return false;
            }

            try
            {
                using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                socket.Connect(new UnixDomainSocketEndPoint(socketPath));
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }
    }

    [Fact]
    public async Task Migrate_RealSqlServer_AppliesMigrationsSeedsAndRoundTrips()
    {
        Assert.SkipUnless(DockerAvailable, "No Docker engine is available on this machine, so SQL Server cannot run in a container here.");
        MsSqlContainer container;
        try
        {
            container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
        }
        catch (DockerUnavailableException ex)
        {
            Assert.Skip("Docker is not usable here: " + ex.Message);
            return;
        }

        await using (container)
        {
            await container.StartAsync(TestContext.Current.CancellationToken);
            var options = new DbContextOptionsBuilder<SqlServerGovernancePortalDbContext>()
                .UseSqlServer(container.GetConnectionString())
                .AddInterceptors(new GovernancePortal.Infrastructure.Auditing.AuditInterceptor(TimeProvider.System, new GovernancePortal.Infrastructure.Data.DataChanges()))
                .Options;
            await using var db = new SqlServerGovernancePortalDbContext(options);
            db.BeginWork(new SystemUser("container test"));
            var initializer = new DatabaseInitializer(db, new GovernancePortal.Infrastructure.DatabaseInfo(DatabaseProvider.SqlServer), NullLogger<DatabaseInitializer>.Instance);
            await initializer.MigrateAsync(TestContext.Current.CancellationToken);
            Assert.True(await new DemoDataSeeder(db, TimeProvider.System, NullLogger<DemoDataSeeder>.Instance, [], []).SeedAsync(TestContext.Current.CancellationToken));

            var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met, TestContext.Current.CancellationToken);
            Assert.Equal(14, await db.GovernanceAreas.CountAsync(a => a.OrganisationId == met.Id, TestContext.Current.CancellationToken));
            Assert.True(await db.AuditEntries.AnyAsync(TestContext.Current.CancellationToken));
        }
    }
}

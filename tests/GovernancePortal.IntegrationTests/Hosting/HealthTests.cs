using System.Net;
using System.Text.Json;
using GovernancePortal.Application.Common;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Hosting;

/// <summary>A portal whose readiness result is remembered for three seconds.</summary>
public sealed class HealthCachePortal() : PortalFactory(DatabaseProvider.Sqlite)
{
    public static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(3);

    protected override void Configure(IDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Health:CacheDuration"] = CacheDuration.ToString();
    }
}

/// <summary>/health/live answers from the process alone; /health/ready checks the database and migrations, cached.</summary>
public sealed class HealthTests(HealthCachePortal portal) : IClassFixture<HealthCachePortal>
{
    private static async Task<(HttpStatusCode Status, string Overall, Dictionary<string, string> Checks)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = json.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString()!);
        return (response.StatusCode, json.RootElement.GetProperty("status").GetString()!, checks);
    }

    [Fact]
    public async Task Live_Anonymous_AnswersFromTheProcessWithoutTheDatabase()
    {
        using var client = portal.NewClient();
        var (status, overall, checks) = await GetAsync(client, "/health/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", overall);
        Assert.Equal(["app"], checks.Keys);
    }

    [Fact]
    public async Task Ready_MigrationRemovedWithinTheCacheWindow_StillAnswersTheRememberedResultUntilItExpires()
    {
        using var client = portal.NewClient();
        var (status, _, checks) = await GetAsync(client, "/health/ready");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", checks["database"]);
        Assert.Equal("Healthy", checks["migrations"]);

        // Forget the last migration: a fresh check would now report it pending.
        await using (var scope = portal.NewScope())
        await using (var db = portal.NewDbContext(scope.ServiceProvider, new SystemUser("health test")))
        {
            var last = (await db.Database.GetAppliedMigrationsAsync()).Last();
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}");
        }

        var (cachedStatus, _, cached) = await GetAsync(client, "/health/ready");
        Assert.Equal(HttpStatusCode.OK, cachedStatus);
        Assert.Equal("Healthy", cached["migrations"]);
        var (_, _, alias) = await GetAsync(client, "/health");
        Assert.Equal("Healthy", alias["migrations"]);

        await Task.Delay(HealthCachePortal.CacheDuration + TimeSpan.FromMilliseconds(500));
        var (freshStatus, overall, fresh) = await GetAsync(client, "/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, freshStatus);
        Assert.Equal("Unhealthy", overall);
        Assert.Equal("Unhealthy", fresh["migrations"]);
    }
}

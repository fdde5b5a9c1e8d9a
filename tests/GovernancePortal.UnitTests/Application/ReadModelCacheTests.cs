using GovernancePortal.Application.Common;
using GovernancePortal.Infrastructure.Data;
using Microsoft.Extensions.Configuration;

namespace GovernancePortal.UnitTests.Application;

public sealed class ReadModelCacheTests
{
    private static ReadModelCache Cache(DataChanges changes, double seconds = 60) =>
        new(changes, new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Cache:ReadModelSeconds"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) }).Build());

    [Fact]
    public async Task GetOrBuild_NothingChanged_BuildsOnce()
    {
        var cache = Cache(new DataChanges());
        var builds = 0;

        var first = await cache.GetOrBuildAsync("k", _ => ValueTask.FromResult(new Box(++builds)), CancellationToken.None);
        var second = await cache.GetOrBuildAsync("k", _ => ValueTask.FromResult(new Box(++builds)), CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(1, builds);
    }

    [Fact]
    public async Task GetOrBuild_AfterAChangeOnThisInstance_BuildsAgain()
    {
        var changes = new DataChanges();
        var cache = Cache(changes);
        await cache.GetOrBuildAsync("k", _ => ValueTask.FromResult(new Box(1)), CancellationToken.None);

        changes.Changed();
        var after = await cache.GetOrBuildAsync("k", _ => ValueTask.FromResult(new Box(2)), CancellationToken.None);

        Assert.Equal(2, after.Value);
    }

    [Fact]
    public async Task GetOrBuild_OlderThanItsLifetime_BuildsAgain()
    {
        var cache = Cache(new DataChanges(), seconds: 0.05);
        await cache.GetOrBuildAsync("k", _ => ValueTask.FromResult(new Box(1)), CancellationToken.None);

        await Task.Delay(120);
        var after = await cache.GetOrBuildAsync("k", _ => ValueTask.FromResult(new Box(2)), CancellationToken.None);

        Assert.Equal(2, after.Value);
    }

    [Fact]
    public async Task GetOrBuild_LifetimeZero_NeverKeeps()
    {
        var cache = Cache(new DataChanges(), seconds: 0);
        var builds = 0;

        await cache.GetOrBuildAsync("k", _ => ValueTask.FromResult(new Box(++builds)), CancellationToken.None);
        await cache.GetOrBuildAsync("k", _ => ValueTask.FromResult(new Box(++builds)), CancellationToken.None);

        Assert.Equal(2, builds);
    }

    [Fact]
    public async Task GetOrBuild_OtherKey_BuildsItsOwn()
    {
        var cache = Cache(new DataChanges());
        await cache.GetOrBuildAsync("a", _ => ValueTask.FromResult(new Box(1)), CancellationToken.None);

        var other = await cache.GetOrBuildAsync("b", _ => ValueTask.FromResult(new Box(2)), CancellationToken.None);

        Assert.Equal(2, other.Value);
    }

    [Fact]
    public async Task GetOrBuild_ManyAtOnce_BuildsOnceForAll()
    {
        var cache = Cache(new DataChanges());
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var builds = 0;
        async ValueTask<Box> BuildAsync(CancellationToken _)
        {
            Interlocked.Increment(ref builds);
            await release.Task;
            return new Box(1);
        }

        var readers = Enumerable.Range(0, 16).Select(_ => cache.GetOrBuildAsync("k", BuildAsync, CancellationToken.None).AsTask()).ToList();
        release.SetResult();
        var results = await Task.WhenAll(readers);

        Assert.Equal(1, builds);
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public async Task GetOrBuild_TheBuildBeingWaitedForFails_WaiterBuildsItsOwn()
    {
        var cache = Cache(new DataChanges());
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = cache.GetOrBuildAsync<Box>("k", async _ =>
        {
            await release.Task;
            throw new InvalidOperationException("the database went away");
        }, CancellationToken.None).AsTask();
        var second = cache.GetOrBuildAsync("k", _ => ValueTask.FromResult(new Box(2)), CancellationToken.None).AsTask();

        release.SetResult();

        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        Assert.Equal(2, (await second).Value);
    }

    [Fact]
    public async Task GetOrBuild_ChangedWhileAnotherBuilds_BuildsItsOwn()
    {
        var changes = new DataChanges();
        var cache = Cache(changes);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = cache.GetOrBuildAsync("k", async _ =>
        {
            await release.Task;
            return new Box(1);
        }, CancellationToken.None).AsTask();

        changes.Changed();
        var second = await cache.GetOrBuildAsync("k", _ => ValueTask.FromResult(new Box(2)), CancellationToken.None);
        release.SetResult();

        Assert.Equal(2, second.Value);
        Assert.Equal(1, (await first).Value);
    }

    private sealed record Box(int Value);
}

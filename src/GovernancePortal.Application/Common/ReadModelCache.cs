using System.Collections.Concurrent;
using System.Diagnostics;
using GovernancePortal.Infrastructure.Data;
using Microsoft.Extensions.Configuration;

namespace GovernancePortal.Application.Common;

/// <summary>
/// Read models of the busiest pages (the home dashboard, the register), kept in memory for a few seconds: a copy is
/// used only while no change has been committed on this instance since it was built (<see cref="DataChanges"/>) and
/// for at most <c>Cache:ReadModelSeconds</c> (2 seconds by default; 0 turns the cache off). So a change is seen at once
/// on the instance that made it, and within that time on any other. Keys name everything the model depends on (the
/// user, the day, the filters); cached models are immutable records. A key is built once at a time: requests that
/// find it being built from the same data wait for that build rather than each building their own (when a copy
/// expires under load, sixteen requests for the 2 000-action register built it sixteen times at once, and the
/// garbage raised the app's memory by a fifth).
/// </summary>
public sealed class ReadModelCache(DataChanges changes, IConfiguration configuration)
{
    private const int MaxEntries = 5_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Build> _building = new(StringComparer.Ordinal);
    private readonly long _lifetimeTicks = (long)(configuration.GetValue("Cache:ReadModelSeconds", 2.0) * Stopwatch.Frequency);

    public async ValueTask<T> GetOrBuildAsync<T>(string key, Func<CancellationToken, ValueTask<T>> build, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(build);
        if (_lifetimeTicks <= 0)
        {
            return await build(cancellationToken);
        }

        var version = changes.Version;
        var now = Stopwatch.GetTimestamp();
        if (_entries.TryGetValue(key, out var entry) && entry.Version == version && now - entry.BuiltAt < _lifetimeTicks && entry.Value is T cached)
        {
            return cached;
        }

        var mine = new Build(new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously), version);
        var current = _building.GetOrAdd(key, mine);
        if (!ReferenceEquals(current, mine))
        {
            // Another request is building it. Its result serves if it reads the data as this request would (no change
            // committed since it started); if it fails or is cancelled (its client went away), build it here.
            if (current.Version == version && await current.Result.Task.WaitAsync(cancellationToken) is T shared)
            {
                return shared;
            }

            return await build(cancellationToken);
        }

        try
        {
            var value = await build(cancellationToken);
            if (_entries.Count >= MaxEntries)
            {
                _entries.Clear();
            }

            // Built from the data as at `version` or later: a change committed meanwhile makes the next read build again.
            _entries[key] = new Entry(value, version, now);
            mine.Result.SetResult(value);
            return value;
        }
        finally
        {
            // A failed build gives the waiters nothing: each builds its own.
            mine.Result.TrySetResult(null);
            _building.TryRemove(new KeyValuePair<string, Build>(key, mine));
        }
    }

    private sealed record Build(TaskCompletionSource<object?> Result, long Version);

    private sealed record Entry(object Value, long Version, long BuiltAt);
}

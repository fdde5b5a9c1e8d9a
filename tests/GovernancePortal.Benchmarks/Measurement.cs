using System.Diagnostics;

namespace GovernancePortal.Benchmarks;

/// <summary>Timing of repeated runs: median wall time and mean managed allocation per run; percentiles of latencies.</summary>
internal sealed record Measurement(double MedianMs, double MeanAllocatedMb, IReadOnlyList<double> TimesMs)
{
    public static Measurement Run(int warmup, int iterations, Action action)
    {
        for (var i = 0; i < warmup; i++)
        {
            action();
        }

        var times = new List<double>(iterations);
        long allocated = 0;
        for (var i = 0; i < iterations; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var stopwatch = Stopwatch.StartNew();
            action();
            stopwatch.Stop();
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        return new Measurement(Median(times), allocated / (double)iterations / (1024 * 1024), times);
    }

    public static async Task<Measurement> RunAsync(int warmup, int iterations, Func<Task> action)
    {
        for (var i = 0; i < warmup; i++)
        {
            await action();
        }

        var times = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await action();
            stopwatch.Stop();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        return new Measurement(Median(times), double.NaN, times);
    }

    /// <summary>
    /// The nearest-rank percentile (0 &lt; <paramref name="percent"/> ≤ 100) of <paramref name="values"/>: the smallest
    /// value that at least that share of the values do not exceed. p95 of 1 000 latencies is the 950th smallest.
    /// </summary>
    public static double Percentile(IReadOnlyCollection<double> values, double percent)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfZero(values.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

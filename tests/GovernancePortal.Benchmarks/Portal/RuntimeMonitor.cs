using System.Diagnostics;
using System.Globalization;

namespace GovernancePortal.Benchmarks.Portal;

/// <summary>
/// Watches the runtime from a thread of its own (not the thread pool) during a load: every tenth of a second how late its
/// own sleep woke (a whole-process pause: a garbage collection, the machine), the thread pool's threads and queued work
/// (starvation), the time spent paused by the collector and lock contention. One line per second in which something
/// looked wrong is kept, so a stall in a soak can be told apart from a slow database.
/// </summary>
internal sealed class RuntimeMonitor : IDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    private readonly Thread thread;
    private readonly long start = Stopwatch.GetTimestamp();
    private readonly List<Second> seconds = [];
    private volatile bool stopping;

    public RuntimeMonitor()
    {
        thread = new Thread(Watch) { IsBackground = true, Name = "runtime monitor", Priority = ThreadPriority.AboveNormal };
        thread.Start();
    }

    /// <summary>One second of the run: the worst wake-up lateness, the most queued work items and threads, and the collector's pause time and collections in it.</summary>
    public sealed record Second(int At, double LateMs, long Queued, int Threads, double GcPauseMs, int Gen2, long Contention);

    public IReadOnlyList<Second> Seconds
    {
        get
        {
            lock (seconds)
            {
                return [.. seconds];
            }
        }
    }

    /// <summary>The seconds that look wrong (a late wake-up, a queue, a long collector pause), with the one before each.</summary>
    public IEnumerable<string> Report(double lateMs = 100, long queued = 50, double gcPauseMs = 100)
    {
        var all = Seconds;
        for (var i = 0; i < all.Count; i++)
        {
            var second = all[i];
            if (second.LateMs >= lateMs || second.Queued >= queued || second.GcPauseMs >= gcPauseMs)
            {
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"{second.At,4} s: woke {second.LateMs,6:0} ms late, {second.Queued,5} queued, {second.Threads,3} threads, GC paused {second.GcPauseMs,5:0} ms, {second.Gen2} gen-2, {second.Contention} lock waits");
            }
        }
    }

    public void Dispose()
    {
        stopping = true;
        thread.Join();
    }

    private void Watch()
    {
        var second = 0;
        double late = 0;
        long queued = 0;
        var threads = 0;
        var pause = GC.GetTotalPauseDuration();
        var gen2 = GC.CollectionCount(2);
        var contention = Monitor.LockContentionCount;
        while (!stopping)
        {
            var before = Stopwatch.GetTimestamp();
            Thread.Sleep(Tick);
            late = Math.Max(late, (Stopwatch.GetElapsedTime(before) - Tick).TotalMilliseconds);
            queued = Math.Max(queued, ThreadPool.PendingWorkItemCount);
            threads = Math.Max(threads, ThreadPool.ThreadCount);
            var now = (int)Stopwatch.GetElapsedTime(start).TotalSeconds;
            if (now != second)
            {
                var totalPause = GC.GetTotalPauseDuration();
                var totalGen2 = GC.CollectionCount(2);
                var totalContention = Monitor.LockContentionCount;
                lock (seconds)
                {
                    seconds.Add(new Second(second, late, queued, threads, (totalPause - pause).TotalMilliseconds, totalGen2 - gen2, totalContention - contention));
                }

                (second, late, queued, threads, pause, gen2, contention) = (now, 0, 0, 0, totalPause, totalGen2, totalContention);
            }
        }
    }
}

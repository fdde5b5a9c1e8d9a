using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GovernancePortal.Benchmarks.Portal;

/// <summary>One wrk run's summary: throughput, the 99th percentile, what was read and what went wrong.</summary>
internal sealed record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, double BytesRead, long Non2xx3xx, long SocketErrors)
{
    public double BytesPerResponse => Requests == 0 ? 0 : BytesRead / Requests;
}

/// <summary>
/// Runs wrk (an external process, so that the load generator does not take the server's CPU time inside this process)
/// against one URL with <c>--latency</c>, and parses its summary.
/// </summary>
internal static partial class Wrk
{
    public const string Executable = "wrk";

    /// <summary>The path of wrk, or null when it is not installed.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, Executable)).FirstOrDefault(File.Exists);

    public static async Task<WrkResult> RunAsync(string wrk, Uri url, int connections, TimeSpan duration, string? cookie)
    {
        var start = new ProcessStartInfo(wrk) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-t");
        start.ArgumentList.Add(Math.Max(1, Math.Min(connections, Environment.ProcessorCount)).ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(connections.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add("-d");
        start.ArgumentList.Add($"{Math.Max(1, (int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture)}s");
        start.ArgumentList.Add("--timeout");
        start.ArgumentList.Add("10s");
        start.ArgumentList.Add("--latency");
        if (cookie is not null)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add($"Cookie: {cookie}");
        }

        start.ArgumentList.Add(url.ToString());
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start wrk.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {text} {await error}");
        }

        return Parse(text);
    }

    public static WrkResult Parse(string text)
    {
        var rps = RequestsPerSecond().Match(text);
        var p50 = Percentile50().Match(text);
        var p99 = Percentile99().Match(text);
        var requests = RequestsRead().Match(text);
        if (!rps.Success || !p50.Success || !p99.Success || !requests.Success)
        {
            throw new InvalidOperationException($"Could not read wrk's summary: {text}");
        }

        var non2xx = Non2xx3xx().Match(text);
        var socket = SocketErrors().Match(text);
        return new WrkResult(
            Number(rps.Groups[1].Value),
            Milliseconds(p50.Groups[1].Value, p50.Groups[2].Value),
            Milliseconds(p99.Groups[1].Value, p99.Groups[2].Value),
            long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture),
            Bytes(requests.Groups[2].Value, requests.Groups[3].Value),
            non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            socket.Success ? socket.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture)) : 0);
    }

    private static double Number(string value) => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double Milliseconds(string value, string unit) => Number(value) * unit switch
    {
        "us" => 0.001,
        "ms" => 1,
        "s" => 1000,
        "m" => 60_000,
        "h" => 3_600_000,
        _ => throw new InvalidOperationException($"Unknown wrk time unit '{unit}'."),
    };

    private static double Bytes(string value, string unit) => Number(value) * unit switch
    {
        "B" => 1,
        "KB" => 1024,
        "MB" => 1024 * 1024,
        "GB" => 1024 * 1024 * 1024,
        _ => throw new InvalidOperationException($"Unknown wrk size unit '{unit}'."),
    };

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+50%\s+([0-9.]+)(us|ms|s|m|h)\s*$", RegexOptions.Multiline)]
    private static partial Regex Percentile50();

    [GeneratedRegex(@"^\s+99%\s+([0-9.]+)(us|ms|s|m|h)\s*$", RegexOptions.Multiline)]
    private static partial Regex Percentile99();

    [GeneratedRegex(@"(\d+) requests in [0-9.]+\w+, ([0-9.]+)(B|KB|MB|GB) read")]
    private static partial Regex RequestsRead();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xx3xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}

/// <summary>
/// Samples a process's resident set once a second (VmRSS from /proc/&lt;id&gt;/status, else the working set): this
/// process's, or another's (<see cref="PortalProcess"/>).
/// </summary>
internal sealed class ResidentSampler : IAsyncDisposable
{
    private readonly int? _processId;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly List<(TimeSpan At, long Bytes)> _samples = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private bool _disposed;

    public ResidentSampler(int? processId = null)
    {
        _processId = processId;
        _loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
            do
            {
                var bytes = Read(_processId);
                lock (_samples)
                {
                    _samples.Add((_clock.Elapsed, bytes));
                }
            }
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false));
        });
    }

    public IReadOnlyList<(TimeSpan At, long Bytes)> Samples
    {
        get
        {
            lock (_samples)
            {
                return [.. _samples];
            }
        }
    }

    public long Peak => Samples.Select(s => s.Bytes).DefaultIfEmpty(Read(_processId)).Max();

    /// <summary>The resident set of this process, or of process <paramref name="processId"/>.</summary>
    public static long Read(int? processId = null)
    {
        try
        {
            foreach (var line in File.ReadLines(processId is { } id ? $"/proc/{id}/status" : "/proc/self/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // Not Linux: fall back to the working set.
        }

        if (processId is { } other)
        {
            try
            {
                using var process = Process.GetProcessById(other);
                return process.WorkingSet64;
            }
            catch (ArgumentException)
            {
                return 0; // It has exited.
            }
        }

        return Environment.WorkingSet;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }
}

using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace GovernancePortal.Benchmarks.Portal;

/// <summary>
/// A page under load: its URL, the strings of which at least one must be in every response, and optionally one more
/// that must be there too (so that an error page, the sign-in page, an empty register or an unfiltered list is never
/// timed as if it were the page).
/// </summary>
internal sealed class PageTarget(string name, string path, string[] expectAnyOf, string? alsoExpect = null)
{
    private readonly byte[][] _markers = [.. expectAnyOf.Select(Encoding.UTF8.GetBytes)];
    private readonly byte[]? _required = alsoExpect is null ? null : Encoding.UTF8.GetBytes(alsoExpect);

    public string Name { get; } = name;

    public Uri Path { get; } = new(path, UriKind.Relative);

    public IReadOnlyList<string> ExpectAnyOf { get; } = expectAnyOf;

    /// <summary>Null when the response is the page; otherwise what is wrong with it.</summary>
    public string? Check(HttpStatusCode status, ReadOnlySpan<byte> body)
    {
        if (status != HttpStatusCode.OK)
        {
            return $"HTTP {(int)status}";
        }

        if (_required is not null && body.IndexOf(_required) < 0)
        {
            return $"no \"{Encoding.UTF8.GetString(_required)}\" in the {body.Length}-byte page";
        }

        foreach (var marker in _markers)
        {
            if (body.IndexOf(marker) >= 0)
            {
                return null;
            }
        }

        return $"none of [{string.Join(", ", ExpectAnyOf)}] in the {body.Length}-byte page";
    }
}

/// <summary>
/// Latencies of one page under a closed-loop load, and the CPU time this process (server, SQLite and client) used
/// meanwhile: unlike wall time, hardly inflated by other processes competing for the cores.
/// </summary>
internal sealed record LoadResult(IReadOnlyList<double> LatenciesMs, TimeSpan Elapsed, long Bytes, TimeSpan Cpu)
{
    public double P50 => Measurement.Percentile(LatenciesMs, 50);

    public double P95 => Measurement.Percentile(LatenciesMs, 95);

    public double P99 => Measurement.Percentile(LatenciesMs, 99);

    public double RequestsPerSecond => LatenciesMs.Count / Elapsed.TotalSeconds;

    public double CpuMsPerRequest => Cpu.TotalMilliseconds / LatenciesMs.Count;

    public static LoadResult Combine(IReadOnlyList<LoadResult> runs) =>
        new([.. runs.SelectMany(r => r.LatenciesMs)], TimeSpan.FromTicks(runs.Sum(r => r.Elapsed.Ticks)), runs.Sum(r => r.Bytes), TimeSpan.FromTicks(runs.Sum(r => r.Cpu.Ticks)));
}

/// <summary>One signed-in browser session shared by N connections, and the closed-loop load over it.</summary>
internal sealed partial class PageLoad(HttpClient client, CookieContainer? cookies = null) : IDisposable
{
    public HttpClient Client { get; } = client;

    /// <summary>The cookie jar of a client made by <see cref="Create"/>: the session's cookies, e.g. for another client.</summary>
    public CookieContainer? Cookies { get; } = cookies;

    /// <summary>A client with its own cookie jar and at most <paramref name="connections"/> connections; redirects are not followed (a redirect fails the check).</summary>
    public static PageLoad Create(Uri baseAddress, int connections)
    {
        var cookies = new CookieContainer();
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = cookies,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        return new PageLoad(new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(100) }, cookies);
    }

    /// <summary>Signs in through the real form (antiforgery token and cookie, then the authentication cookie).</summary>
    public async Task SignInAsync(string email, string password)
    {
        var form = await Client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        var input = AntiforgeryInput().Match(form);
        var token = input.Success ? ValueAttribute().Match(input.Value) : Match.Empty;
        if (!token.Success)
        {
            throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        }

        using var content = new FormUrlEncodedContent(
        [
            new("Input.Email", email),
            new("Input.Password", password),
            new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)),
        ]);
        using var response = await Client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} failed with HTTP {(int)response.StatusCode}.");
        }
    }

    /// <summary>One request, checked; returns the body, or throws with the reason and the start of the page.</summary>
    public async Task<byte[]> GetCheckedAsync(PageTarget target)
    {
        using var response = await Client.GetAsync(target.Path);
        var body = await response.Content.ReadAsByteArrayAsync();
        Fail(target, response.StatusCode, body);
        return body;
    }

    /// <summary>
    /// <paramref name="connections"/> workers each send the next request as soon as the previous response has been read
    /// in full, for <paramref name="duration"/>. Every response is checked; the first bad one stops the run.
    /// </summary>
    public async Task<LoadResult> RunAsync(PageTarget target, int connections, TimeSpan duration)
    {
        var latencies = new List<double>[connections];
        var bytes = new long[connections];
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = new List<double>(4096);
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await Client.GetAsync(target.Path);
                var body = await response.Content.ReadAsByteArrayAsync();
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                bytes[worker] += body.Length;
                Fail(target, response.StatusCode, body);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        process.Refresh();
        return new LoadResult([.. latencies.SelectMany(l => l)], elapsed, bytes.Sum(), process.TotalProcessorTime - cpuBefore);
    }

    private static void Fail(PageTarget target, HttpStatusCode status, byte[] body)
    {
        if (target.Check(status, body) is { } problem)
        {
            var excerpt = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 600));
            throw new InvalidOperationException($"{target.Name} ({target.Path}) is not the page: {problem}. The response begins: {excerpt}");
        }
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}

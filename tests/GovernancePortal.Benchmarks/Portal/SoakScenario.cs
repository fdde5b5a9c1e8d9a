using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime;
using System.Text.RegularExpressions;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.Benchmarks.Portal;

/// <summary>
/// <c>soak [--minutes 5] [--warmup 30] [--rate 100] [--actions 2000] [--provider Postgres|Sqlite]</c>: issue 14's soak. The real
/// app on PostgreSQL with the improvement scenario's register, the Met's governance officer signed in (and MOPAC's, for
/// the updates on MOPAC's actions), and an open-loop load: requests are started at fixed times (rate per second)
/// whatever the responses, and each latency is measured from the time the request was due, so a stall counts against
/// every request it delays (no coordinated omission). The mix: the home dashboard, the improvement dashboard, the
/// register and action pages, and once a second a progress update posted through the action's update form as the page
/// renders it. Afterwards every update the app accepted must be in the database.
/// </summary>
internal sealed partial class SoakScenario : IBenchmarkScenario
{
    private const string Usage = "Options: --minutes N (5), --warmup N seconds not counted (30), --rate N requests/s (100), --actions N (2000), --provider Postgres|Sqlite (Postgres: needs GP_TEST_POSTGRES)";

    private const string SignInAs = "governance.met@example.org";

    /// <summary>Posts the updates on MOPAC's actions (the Met's governance officer reports on the Met's only).</summary>
    private const string SecondSignIn = "governance.mopac@example.org";

    private const double MaxP99Ms = 500;

    private const double MaxGrowth = 0.10;

    public string Name => "soak";

    public string Description => "Issue 14's soak: open-loop mix of pages and one progress update a second on PostgreSQL; errors, p99, resident set, lost updates. " + Usage;

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        var options = Parse(arguments);
        if (options is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        if (await AppCollector.RunUnderAppCollectorAsync() is { } childExit)
        {
            return childExit;
        }

        var clock = Stopwatch.StartNew();
        await using var portal = new BenchmarkPortal(options.Provider);
        var baseAddress = portal.Start();
        var data = await ImprovementData.GenerateAsync(portal.Services, options.Actions);
        Console.Error.WriteLine($"# portal on {baseAddress} ({options.Provider}); {data.Actions} actions ({data.Open} open); {clock.Elapsed.TotalSeconds:0.0} s; GC: {(GCSettings.IsServerGC ? "server" : "workstation")}, {Environment.ProcessorCount} cores");

        var duration = TimeSpan.FromMinutes(options.Minutes);
        var updatesNeeded = (int)Math.Ceiling(duration.TotalSeconds + options.WarmupSeconds);
        var (actions, open) = await PrepareAsync(portal.Services);
        Console.Error.WriteLine($"# {actions.Count} actions for the action pages; {open.Count} open with no update awaiting review (pending progress updates accepted first); {updatesNeeded} updates to post");

        using var load = PageLoad.Create(baseAddress, 1024);
        await load.SignInAsync(SignInAs, BenchmarkPortal.DemoPassword);
        using var second = PageLoad.Create(baseAddress, 1024);
        await second.SignInAsync(SecondSignIn, BenchmarkPortal.DemoPassword);

        // The actions this account may report on, in a fixed shuffled order: the update form must be there for each.
        var random = new Random(14);
        var pool = new Queue<(int Id, HttpClient Client)>();
        foreach (var action in open.OrderBy(_ => random.Next()))
        {
            if (pool.Count >= updatesNeeded + 5)
            {
                break;
            }

            foreach (var client in new[] { load.Client, second.Client })
            {
                using var response = await client.GetAsync(new Uri($"/improvement/actions/{action.Id}/update", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("name=\"Input.Narrative\"", StringComparison.Ordinal))
                {
                    pool.Enqueue((action.Id, client));
                    break;
                }
            }
        }

        if (pool.Count < updatesNeeded)
        {
            Console.Error.WriteLine($"# only {pool.Count} actions can take an update; the last {updatesNeeded - pool.Count} seconds post none (use more --actions)");
        }

        var run = Guid.NewGuid().ToString("N")[..8];
        var results = new ConcurrentBag<(string Kind, double Ms, double DueSeconds, string? Error)>();
        var accepted = new ConcurrentBag<(int ActionId, string Narrative)>();
        var rate = options.Rate;

        // One run of the open-loop schedule: `length` at `rate`, its results (latency from the time each request was
        // due) into `into`. A warm-up run comes first and is not counted: the first seconds of a cold process (the
        // JIT, the thread pool growing, the database's first plans) are not the steady state the goals are about.
        async Task RunScheduleAsync(TimeSpan length, ConcurrentBag<(string Kind, double Ms, double DueSeconds, string? Error)> into)
        {
            var total = (int)(length.TotalSeconds * rate);
            var tasks = new List<Task>(total);
            var inFlight = 0;
            var start = Stopwatch.GetTimestamp();
            for (var slot = 0; slot < total; slot++)
            {
                var due = TimeSpan.FromSeconds(slot / (double)rate);
                var wait = due - Stopwatch.GetElapsedTime(start);
                if (wait > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wait);
                }

                Func<Task<string?>> request;
                string kind;
                if (slot % rate == 0)
                {
                    kind = "update";
                    var target = pool.Count > 0 ? pool.Dequeue() : default((int Id, HttpClient Client)?);
                    if (target is not { } action)
                    {
                        continue;
                    }

                    var narrative = $"Soak {run} update {slot / rate}: progress reported by the open-loop soak.";
                    request = () => PostUpdateAsync(action.Client, action.Id, narrative, accepted);
                }
                else
                {
                    var pick = random.Next(100);
                    (kind, var page) = pick switch
                    {
                        < 20 => ("dashboard", new PageTarget("dashboard", "/", ["Governance overview"], alsoExpect: "Sign out")),
                        < 40 => ("improvement", new PageTarget("improvement", "/improvement", ["Progress by improvement area"], alsoExpect: "Sign out")),
                        < 50 => ("register", new PageTarget("register", "/improvement/register", [.. ImprovementData.MetAreaCodes.Select(c => c + "-")], alsoExpect: "Sign out")),
                        _ => Action(actions[random.Next(actions.Count)]),
                    };
                    request = () => GetAsync(load.Client, page);
                }

                // A server that cannot keep up would otherwise gather an unbounded backlog (and take as long again to drain
                // it): past 30 seconds' worth of requests in flight, a due request is not sent but counted as an error with
                // an infinite latency.
                if (Volatile.Read(ref inFlight) >= rate * 30)
                {
                    into.Add((kind, double.PositiveInfinity, due.TotalSeconds, "not sent: 30 s of requests already in flight"));
                    continue;
                }

                Interlocked.Increment(ref inFlight);
                tasks.Add(Task.Run(async () =>
                {
                    string? error;
                    try
                    {
                        error = await request();
                    }
                    catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException)
                    {
                        error = $"{exception.GetType().Name}: {exception.Message}";
                    }

                    into.Add((kind, (Stopwatch.GetElapsedTime(start) - due).TotalMilliseconds, due.TotalSeconds, error));
                    Interlocked.Decrement(ref inFlight);
                }));
            }

            await Task.WhenAll(tasks);
        }

        var warmUp = TimeSpan.FromSeconds(options.WarmupSeconds);
        if (warmUp > TimeSpan.Zero)
        {
            var discarded = new ConcurrentBag<(string Kind, double Ms, double DueSeconds, string? Error)>();
            await RunScheduleAsync(warmUp, discarded);
            Console.Error.WriteLine($"# warm-up: {discarded.Count} requests in {warmUp.TotalSeconds:0} s at {rate}/s, not counted ({discarded.Count(r => r.Error is not null)} errors, p99 {Measurement.Percentile([.. discarded.Select(r => r.Ms)], 99):0.0} ms)");
        }


        // The set-up's garbage (migration, seeding, the generated register) is the benchmark's, not the app's.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        await using var resident = new ResidentSampler();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        var monitor = new RuntimeMonitor();
        await RunScheduleAsync(duration, results);
        monitor.Dispose();

        var elapsed = Stopwatch.GetElapsedTime(start);
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var samples = resident.Samples;
        await resident.DisposeAsync();

        // Every update the app accepted (redirected back to the action) is in the database, once.
        List<(int ActionId, string Narrative)> stored;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();
            var prefix = $"Soak {run} ";
            stored = [.. (await db.ActionUpdates.AsNoTracking().Where(u => u.Narrative.StartsWith(prefix)).Select(u => new { u.ActionId, u.Narrative }).ToListAsync()).Select(u => (u.ActionId, u.Narrative))];
        }

        var missing = accepted.Except(stored).Count();
        var all = results.ToList();
        var errors = all.Where(r => r.Error is not null).ToList();
        var latencies = all.Select(r => r.Ms).ToList();
        var p99 = Measurement.Percentile(latencies, 99);

        Console.Error.WriteLine();
        Console.Error.WriteLine($"{"kind",-12} {"requests",9} {"errors",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var group in all.GroupBy(r => r.Kind).OrderBy(g => g.Key).Append(all.GroupBy(_ => "all").Single()))
        {
            var ms = group.Select(r => r.Ms).ToList();
            Console.Error.WriteLine($"{group.Key,-12} {ms.Count,9} {group.Count(r => r.Error is not null),7} {Measurement.Percentile(ms, 50),8:0.0} {Measurement.Percentile(ms, 95),8:0.0} {Measurement.Percentile(ms, 99),8:0.0} {ms.Max(),8:0.0}");
        }

        foreach (var error in errors.GroupBy(e => e.Error).Take(5))
        {
            Console.Error.WriteLine($"# {error.Count()}× ({string.Join(", ", error.GroupBy(e => e.Kind).Select(k => $"{k.Count()} {k.Key}"))}): {error.Key}");
        }

        // A stall explained: the seconds with the slowest requests, and the seconds in which the runtime looked wrong.
        Console.Error.WriteLine($"# slowest seconds (max ms): {string.Join(", ", all.Where(r => !double.IsPositiveInfinity(r.Ms)).GroupBy(r => (int)r.DueSeconds).OrderByDescending(g => g.Max(r => r.Ms)).Take(5).Select(g => $"{g.Key} s: {g.Max(r => r.Ms):0}"))}");
        foreach (var line in monitor.Report())
        {
            Console.Error.WriteLine($"# runtime {line}");
        }

        // Resident set: the mean of each minute, and the growth from the second fifth of the run (the second minute of
        // five) to the last fifth (the last minute).
        Console.Error.WriteLine($"# p99 by minute (ms): {string.Join(", ", all.GroupBy(r => (int)(r.DueSeconds / 60)).OrderBy(g => g.Key).Select(g => $"{g.Key + 1}: {Measurement.Percentile([.. g.Select(r => r.Ms)], 99):0}"))}");
        Console.Error.WriteLine($"# RSS by minute (MB): {string.Join(", ", samples.GroupBy(s => (int)s.At.TotalMinutes).Select(g => $"{g.Key + 1}: {g.Average(s => s.Bytes) / 1048576.0:0}"))}");
        double Window(double from, double to) => samples.Where(s => s.At >= elapsed * from && s.At < elapsed * to).Select(s => s.Bytes / 1048576.0).DefaultIfEmpty(double.NaN).Average();
        var baseline = Window(0.2, 0.4);
        var final = Window(0.8, 1.01);
        var growth = final / baseline - 1;
        var peakMb = samples.Max(s => s.Bytes) / 1048576.0;

        var updates = all.Count(r => r.Kind == "update");
        var goals = new List<(string Goal, string Figure, bool Pass)>
        {
            ("0 errors", $"{errors.Count} of {all.Count}", errors.Count == 0),
            ($"p99 ≤ {MaxP99Ms:0} ms (from the scheduled time)", $"{p99:0.0} ms", p99 <= MaxP99Ms),
            ($"resident set flat (last fifth ≤ {MaxGrowth:P0} above the second fifth)", $"{baseline:0} → {final:0} MB ({growth:+0.0%;-0.0%}), peak {peakMb:0} MB", growth <= MaxGrowth),
            ("every accepted update present afterwards", $"{accepted.Count} accepted of {updates} posted, {missing} missing, {stored.Count} stored", missing == 0 && accepted.Count > 0),
        };
        Console.Error.WriteLine();
        foreach (var (goal, figure, pass) in goals)
        {
            Console.Error.WriteLine($"{(pass ? "PASS" : "FAIL")}  {goal}: {figure}");
        }

        Console.WriteLine($"soak.provider: {options.Provider}");
        Print("soak.minutes", elapsed.TotalMinutes);
        Print("soak.rate", rate);
        // Requests sent (not those counted as not sent) per second of the run, its draining included.
        Print("soak.achieved_rate", all.Count(r => !double.IsPositiveInfinity(r.Ms)) / elapsed.TotalSeconds);
        Print("soak.requests", all.Count);
        // This process's CPU time (app and client; PostgreSQL's own is another process) per request sent.
        Print("soak.cpu_ms_per_request", cpu.TotalMilliseconds / Math.Max(1, all.Count(r => !double.IsPositiveInfinity(r.Ms))));
        Print("soak.errors", errors.Count);
        Print("soak.p50_ms", Measurement.Percentile(latencies, 50));
        Print("soak.p95_ms", Measurement.Percentile(latencies, 95));
        Print("soak.p99_ms", p99);
        Print("soak.updates_posted", updates);
        Print("soak.updates_accepted", accepted.Count);
        Print("soak.updates_missing", missing);
        Print("soak.rss_baseline_mb", baseline);
        Print("soak.rss_final_mb", final);
        Print("soak.rss_peak_mb", peakMb);
        Console.WriteLine($"soak.goals_met: {(goals.All(g => g.Pass) ? "yes" : "no")}");
        return goals.All(g => g.Pass) ? 0 : 1;

        static (string, PageTarget) Action((int Id, string Code) action) =>
            ("action", new PageTarget("action", $"/improvement/actions/{action.Id}", [$">{action.Code}</h1>"], alsoExpect: "Sign out"));
    }

    /// <summary>
    /// The actions of the generated register (id and code), and the open ones with no update awaiting review, after
    /// the pending progress updates of open actions are accepted (as the governance team would), so that more can take one.
    /// </summary>
    private static async Task<(List<(int Id, string Code)> All, List<(int Id, string Code)> Open)> PrepareAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var actions = await db.ImprovementActions.Include(a => a.Area!).ThenInclude(a => a.Plan!).ThenInclude(p => p.Organisation).Include(a => a.Updates).Include(a => a.DateRequests).AsSplitQuery().ToListAsync();
        var team = new Actor(null, "Strategy and Governance team", time.GetUtcNow().UtcDateTime);
        foreach (var action in actions.Where(a => a.IsOpen && a.PendingUpdate is { Kind: UpdateKind.Progress }))
        {
            action.AcceptUpdate(action.PendingUpdate!, null, team);
        }

        await db.SaveChangesAsync();
        return (
            [.. actions.Select(a => (a.Id, a.Code))],
            [.. actions.Where(a => a.IsOpen && a.PendingUpdate is null).Select(a => (a.Id, a.Code))]);
    }

    private static async Task<string?> GetAsync(HttpClient client, PageTarget page)
    {
        using var response = await client.GetAsync(page.Path);
        var body = await response.Content.ReadAsByteArrayAsync();
        return page.Check(response.StatusCode, body) is { } problem ? $"{page.Path}: {problem}" : null;
    }

    /// <summary>Reads the action's update form as the page renders it (hidden fields, antiforgery token) and posts an update.</summary>
    private static async Task<string?> PostUpdateAsync(HttpClient client, int actionId, string narrative, ConcurrentBag<(int, string)> accepted)
    {
        var path = new Uri($"/improvement/actions/{actionId}/update", UriKind.Relative);
        using var page = await client.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        var field = html.IndexOf("name=\"Input.Narrative\"", StringComparison.Ordinal);
        if (page.StatusCode != HttpStatusCode.OK || field < 0)
        {
            return $"{path}: HTTP {(int)page.StatusCode}, {(field < 0 ? "no update form" : "form")}";
        }

        var formStart = html.LastIndexOf("<form", field, StringComparison.Ordinal);
        var formEnd = html.IndexOf("</form>", field, StringComparison.Ordinal);
        var form = html[formStart..formEnd];
        var fields = HiddenInput().Matches(form).Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value))).ToList();
        if (!fields.Any(f => f.Key == "__RequestVerificationToken") || !form.Contains("value=\"OnTrack\"", StringComparison.Ordinal))
        {
            return $"{path}: the form has no antiforgery token or no OnTrack choice";
        }

        fields.Add(new("Input.Narrative", narrative));
        fields.Add(new("Input.Assessment", nameof(OwnerAssessment.OnTrack)));
        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(path, content);
        var expected = $"/improvement/actions/{actionId}";
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == expected)
        {
            accepted.Add((actionId, narrative));
            return null;
        }

        return $"POST {path}: HTTP {(int)response.StatusCode}{(response.Headers.Location is { } location ? $" to {location}" : string.Empty)}";
    }

    private sealed record Options(int Minutes, int Rate, int Actions, DatabaseProvider Provider, int WarmupSeconds = 30);

    private static Options? Parse(IReadOnlyList<string> arguments)
    {
        var options = new Options(Minutes: 5, Rate: 100, Actions: 2000, DatabaseProvider.Postgres);
        for (var i = 0; i < arguments.Count; i++)
        {
            var value = i + 1 < arguments.Count ? arguments[i + 1] : null;
            int? number = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
            switch (arguments[i])
            {
                case "--minutes" when number is { } minutes:
                    options = options with { Minutes = minutes };
                    break;
                case "--warmup" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var warmup):
                    options = options with { WarmupSeconds = warmup };
                    break;
                case "--rate" when number is { } rate:
                    options = options with { Rate = rate };
                    break;
                case "--actions" when number is { } actions:
                    options = options with { Actions = actions };
                    break;
                case "--provider" when Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && provider != DatabaseProvider.SqlServer:
                    options = options with { Provider = provider };
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete option '{arguments[i]}'.");
                    return null;
            }

            i++;
        }

        return options;
    }

    private static void Print(string name, double value) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.##}"));

    [GeneratedRegex("<input(?=[^>]*type=\"hidden\")(?=[^>]*name=\"(?<name>[^\"]*)\")(?=[^>]*value=\"(?<value>[^\"]*)\")[^>]*>")]
    private static partial Regex HiddenInput();
}

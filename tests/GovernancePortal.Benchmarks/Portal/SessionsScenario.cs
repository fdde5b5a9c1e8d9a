using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using GovernancePortal.Benchmarks.Fortunes;
using GovernancePortal.Infrastructure.Data;

namespace GovernancePortal.Benchmarks.Portal;

/// <summary>
/// <c>sessions [--actions 2000] [--connections 16] [--seconds 8] [--warmup 5] [--rounds 3] [--provider Sqlite|Postgres]</c>:
/// issue 14's speed goals. The real app (Production settings, the improvement scenario's 2 000-action register) runs
/// in its own process as in production (<see cref="PortalProcess"/>: the database is migrated, seeded and filled
/// beforehand by this process), and a TechEmpower-style Fortunes control (<see cref="FortunesControl"/>) is hosted in
/// this process; each on its own loopback port, loaded in turn by wrk at 16 connections. Each page's requests/s and p99
/// are given as a ratio to the Fortunes page measured just before it, and the app's resident set is sampled every
/// second from its start to the end.
/// </summary>
internal sealed class SessionsScenario : IBenchmarkScenario
{
    private const string Usage = "Options: --actions N (2000), --connections N (16), --seconds N per page per round (8), --warmup N seconds per page (5), --rounds N (3), --provider Sqlite|Postgres";

    private const string SignInAs = "governance.met@example.org";

    private const double MaxResidentMb = 300;

    public string Name => "sessions";

    public string Description => "Issue 14's speed goals: signed-in pages with wrk at 16 connections as a ratio to a Fortunes control, and the resident set. " + Usage;

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        var options = Parse(arguments);
        if (options is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var wrk = Wrk.Find();
        if (wrk is null)
        {
            Console.Error.WriteLine("The sessions scenario needs wrk on the PATH (apt-get install -y wrk).");
            return 2;
        }

        if (await AppCollector.RunUnderAppCollectorAsync() is { } childExit)
        {
            return childExit;
        }

        await using var harness = new ResidentSampler();
        var clock = Stopwatch.StartNew();
        await using var setup = new BenchmarkPortal(options.Provider);
        setup.Start();
        var data = await ImprovementData.GenerateAsync(setup.Services, options.Actions);
        Console.Error.WriteLine($"# database migrated, seeded and given {data.Actions} actions ({data.Open} open) in {data.Plans} plans by this process; {clock.Elapsed.TotalSeconds:0.0} s");

        // The app in its own process, as in production: no migration or seeding at its start.
        await using var app = await PortalProcess.StartAsync(setup);
        await using var resident = new ResidentSampler(app.Id);
        var baseAddress = app.BaseAddress;
        await using var fortunes = new FortunesControl();
        var fortunesUrl = await fortunes.StartAsync();
        Console.Error.WriteLine($"# app (process {app.Id}) on {baseAddress} ({options.Provider}), resident set {ResidentSampler.Read(app.Id) / 1048576.0:0} MB once started; Fortunes in this process on {fortunesUrl}; {clock.Elapsed.TotalSeconds:0.0} s; this process's GC: {(GCSettings.IsServerGC ? "server" : "workstation")}, {Environment.ProcessorCount} cores");
        var loadFrom = clock.Elapsed;

        using var load = PageLoad.Create(baseAddress, options.Connections);
        await load.SignInAsync(SignInAs, BenchmarkPortal.DemoPassword);
        // Every cookie the browser now holds (the session's and the antiforgery one), as wrk will send them.
        var handlerCookies = GetCookies(load, baseAddress);
        Console.Error.WriteLine($"# signed in as {SignInAs}; cookies: {string.Join(", ", handlerCookies.Split("; ").Select(c => c.Split('=')[0]))}");

        var metCodes = ImprovementData.MetAreaCodes.Select(code => code + "-").ToArray();
        var control = new Target(new PageTarget("fortunes", fortunesUrl.AbsolutePath, [FortunesModel.AddedMessage], alsoExpect: "&lt;script&gt;"), fortunesUrl, null);
        Target[] pages =
        [
            new(new PageTarget("health", "/health", ["Healthy"]), baseAddress, null),
            new(new PageTarget("static_anonymous", "/accessibility", ["Accessibility statement for the Governance Portal"]), baseAddress, null),
            new(new PageTarget("static_signed_in", "/accessibility", ["Accessibility statement for the Governance Portal"], alsoExpect: "Sign out"), baseAddress, handlerCookies),
            new(new PageTarget("dashboard", "/", ["Governance overview"], alsoExpect: "Sign out"), baseAddress, handlerCookies),
            new(new PageTarget("register", "/improvement/register", metCodes, alsoExpect: "Sign out"), baseAddress, handlerCookies),
        ];
        Target[] all = [control, .. pages];

        // Each page is really the page, and a signed-in request gets no cookie back (no session or antiforgery churn).
        var sizes = new Dictionary<string, int>();
        var reissued = new List<string>();
        using (var plain = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }))
        {
            foreach (var target in all)
            {
                var (size, setCookies) = await CheckAsync(plain, target);
                sizes[target.Page.Name] = size;
                if (target.Cookie is not null && setCookies.Count > 0)
                {
                    reissued.Add($"{target.Page.Name}: {string.Join(", ", setCookies.Select(c => c.Split('=')[0]))}");
                }

                Console.Error.WriteLine($"# {target.Page.Name} {target.Absolute}: {size / 1024.0:0.0} KB, the page{(setCookies.Count > 0 ? $"; Set-Cookie: {string.Join(", ", setCookies.Select(c => c.Split('=')[0]))}" : "; no Set-Cookie")}");
            }
        }

        foreach (var target in all)
        {
            await Wrk.RunAsync(wrk, target.Absolute, options.Connections, TimeSpan.FromSeconds(options.WarmupSeconds), target.Cookie);
        }

        Console.Error.WriteLine($"# warmed up; {clock.Elapsed.TotalSeconds:0} s; the app's resident set {resident.Peak / 1048576.0:0} MB at most so far");

        // Rounds: the control just before each page, so that each ratio is measured in the same conditions; each round
        // starts with the next page, so that no page always follows the same one.
        var runs = pages.ToDictionary(p => p.Page.Name, _ => new List<(WrkResult Page, WrkResult Control)>());
        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var target in pages.Skip(round % pages.Length).Concat(pages.Take(round % pages.Length)))
            {
                var controlRun = await Wrk.RunAsync(wrk, control.Absolute, options.Connections, TimeSpan.FromSeconds(options.Seconds), null);
                var pageRun = await Wrk.RunAsync(wrk, target.Absolute, options.Connections, TimeSpan.FromSeconds(options.Seconds), target.Cookie);
                runs[target.Page.Name].Add((pageRun, controlRun));
                Console.Error.WriteLine(
                    $"# round {round + 1} {target.Page.Name}: {pageRun.RequestsPerSecond:0} req/s, p99 {pageRun.P99Ms:0.0} ms, {pageRun.BytesPerResponse / 1024.0:0.0} KB/response; "
                    + $"Fortunes {controlRun.RequestsPerSecond:0} req/s, p99 {controlRun.P99Ms:0.0} ms; ratio {pageRun.RequestsPerSecond / controlRun.RequestsPerSecond:0.000}; the app's RSS {ResidentSampler.Read(app.Id) / 1048576.0:0} MB");
            }
        }

        // Still the pages after the load: wrk counts a redirect to the sign-in page as a success.
        var stillSignedIn = true;
        using (var plain = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }))
        {
            foreach (var target in pages)
            {
                try
                {
                    await CheckAsync(plain, target);
                }
                catch (InvalidOperationException exception)
                {
                    stillSignedIn = false;
                    Console.Error.WriteLine($"# after the load: {exception.Message}");
                }
            }
        }

        var elapsed = clock.Elapsed;
        // From the app's start to the end of the load.
        var peakMb = resident.Peak / 1048576.0;
        var harnessPeakMb = harness.Peak / 1048576.0;
        var summary = pages.ToDictionary(
            p => p.Page.Name,
            p =>
            {
                var pairs = runs[p.Page.Name];
                var rps = pairs.Average(r => r.Page.RequestsPerSecond);
                var controlRps = pairs.Average(r => r.Control.RequestsPerSecond);
                return (Rps: rps, P99: Measurement.Percentile([.. pairs.Select(r => r.Page.P99Ms)], 50), WorstP99: pairs.Max(r => r.Page.P99Ms),
                    Ratio: rps / controlRps, P99Ratio: Measurement.Percentile([.. pairs.Select(r => r.Page.P99Ms / r.Control.P99Ms)], 50),
                    Errors: pairs.Sum(r => r.Page.Non2xx3xx + r.Page.SocketErrors + r.Control.Non2xx3xx + r.Control.SocketErrors),
                    BytesPerResponse: pairs.Average(r => r.Page.BytesPerResponse));
            });
        var controlAll = runs.Values.SelectMany(r => r).Select(r => r.Control).ToList();
        var controlRpsAll = controlAll.Average(r => r.RequestsPerSecond);
        var controlP99 = Measurement.Percentile([.. controlAll.Select(r => r.P99Ms)], 50);

        var goals = new List<(string Goal, string Figure, bool Pass)>();
        var staticRatio = summary["static_signed_in"].Rps / summary["static_anonymous"].Rps;
        goals.Add(("signed-in /accessibility ≥ 50 % of anonymous (req/s)", $"{staticRatio:P0}", staticRatio >= 0.50));
        goals.Add(("dashboard / ≥ 25 % of Fortunes (req/s)", $"{summary["dashboard"].Ratio:P0}", summary["dashboard"].Ratio >= 0.25));
        goals.Add(("dashboard / p99 ≤ 50 ms at 16 connections", $"{summary["dashboard"].P99:0.0} ms", summary["dashboard"].P99 <= 50));
        goals.Add(("register over 2 000 actions ≥ 15 % of Fortunes (req/s)", $"{summary["register"].Ratio:P0}", summary["register"].Ratio >= 0.15));
        goals.Add(($"the app's resident set < {MaxResidentMb:0} MB from its start through the load ({(elapsed - loadFrom).TotalMinutes:0.0} min)", $"{peakMb:0} MB peak (this process, set-up, Fortunes and client: {harnessPeakMb:0} MB)", peakMb < MaxResidentMb));
        goals.Add(("no cookie re-issued to a signed-in request", reissued.Count == 0 ? "none" : string.Join("; ", reissued), reissued.Count == 0));
        var errors = summary.Values.Sum(s => s.Errors);
        goals.Add(("no wrk errors (non-2xx/3xx, socket), still the pages after the load", $"{errors} errors{(stillSignedIn ? string.Empty : ", a page changed")}", errors == 0 && stillSignedIn));

        Console.Error.WriteLine();
        Console.Error.WriteLine($"{"page",-18} {"path",-22} {"req/s",9} {"p99 ms",8} {"× Fortunes",11} {"p99 ×",7}  goal");
        Console.Error.WriteLine($"{"fortunes",-18} {fortunesUrl.AbsolutePath,-22} {controlRpsAll,9:0} {controlP99,8:0.0} {1,11:0.000} {1,7:0.00}  control");
        foreach (var target in pages)
        {
            var s = summary[target.Page.Name];
            var goal = target.Page.Name switch
            {
                "dashboard" => $"≥ 0.25 and p99 ≤ 50 ms: {Verdict(s.Ratio >= 0.25 && s.P99 <= 50)}",
                "register" => $"≥ 0.15: {Verdict(s.Ratio >= 0.15)}",
                "static_signed_in" => $"≥ 50 % of anonymous ({staticRatio:P0}): {Verdict(staticRatio >= 0.5)}",
                _ => "none",
            };
            Console.Error.WriteLine($"{target.Page.Name,-18} {target.Page.Path,-22} {s.Rps,9:0} {s.P99,8:0.0} {s.Ratio,11:0.000} {s.P99Ratio,7:0.00}  {goal}");
        }

        Console.Error.WriteLine();
        foreach (var (goal, figure, pass) in goals)
        {
            Console.Error.WriteLine($"{Verdict(pass)}  {goal}: {figure}");
        }

        Print("sessions.actions", data.Actions);
        Print("sessions.connections", options.Connections);
        Console.WriteLine($"sessions.provider: {options.Provider}");
        Print("sessions.fortunes.rps", controlRpsAll);
        Print("sessions.fortunes.p99_ms", controlP99);
        Print("sessions.fortunes.size_kb", sizes["fortunes"] / 1024.0);
        foreach (var target in pages)
        {
            var s = summary[target.Page.Name];
            var prefix = $"sessions.{target.Page.Name}";
            Print($"{prefix}.rps", s.Rps);
            Print($"{prefix}.p99_ms", s.P99);
            Print($"{prefix}.worst_p99_ms", s.WorstP99);
            Print($"{prefix}.vs_fortunes_rps", s.Ratio);
            Print($"{prefix}.vs_fortunes_p99", s.P99Ratio);
            Print($"{prefix}.size_kb", sizes[target.Page.Name] / 1024.0);
        }

        Print("sessions.static_signed_in_vs_anonymous", staticRatio);
        Print("sessions.peak_rss_mb", peakMb);
        Print("sessions.benchmark_process_peak_rss_mb", harnessPeakMb);
        Print("sessions.minutes", elapsed.TotalMinutes);
        Console.WriteLine($"sessions.goals_met: {(goals.All(g => g.Pass) ? "yes" : "no")}");
        return goals.All(g => g.Pass) ? 0 : 1;
    }

    private sealed record Target(PageTarget Page, Uri Url, string? Cookie)
    {
        public Uri Absolute => Page.Name == "fortunes" ? Url : new Uri(Url, Page.Path);
    }

    private static string GetCookies(PageLoad load, Uri baseAddress) =>
        load.Cookies?.GetCookieHeader(baseAddress) ?? throw new InvalidOperationException("The client keeps no cookies.");

    private static async Task<(int Size, List<string> SetCookies)> CheckAsync(HttpClient client, Target target)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, target.Absolute);
        if (target.Cookie is not null)
        {
            request.Headers.Add("Cookie", target.Cookie);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (target.Page.Check(response.StatusCode, body) is { } problem)
        {
            throw new InvalidOperationException($"{target.Page.Name} ({target.Absolute}) is not the page: {problem}");
        }

        return (body.Length, response.Headers.TryGetValues("Set-Cookie", out var cookies) ? [.. cookies] : []);
    }

    private static string Verdict(bool pass) => pass ? "PASS" : "FAIL";

    private sealed record Options(int Actions, int Connections, int Seconds, int WarmupSeconds, int Rounds, DatabaseProvider Provider);

    private static Options? Parse(IReadOnlyList<string> arguments)
    {
        var options = new Options(Actions: 2000, Connections: 16, Seconds: 8, WarmupSeconds: 5, Rounds: 3, DatabaseProvider.Sqlite);
        for (var i = 0; i < arguments.Count; i++)
        {
            var value = i + 1 < arguments.Count ? arguments[i + 1] : null;
            int? number = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
            switch (arguments[i])
            {
                case "--actions" when number is { } actions:
                    options = options with { Actions = actions };
                    break;
                case "--connections" when number is { } connections:
                    options = options with { Connections = connections };
                    break;
                case "--seconds" when number is { } seconds:
                    options = options with { Seconds = seconds };
                    break;
                case "--warmup" when number is { } warmup:
                    options = options with { WarmupSeconds = warmup };
                    break;
                case "--rounds" when number is { } rounds:
                    options = options with { Rounds = rounds };
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

    private static void Print(string name, double value) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.###}"));
}

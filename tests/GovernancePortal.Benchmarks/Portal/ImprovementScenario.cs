using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using GovernancePortal.Infrastructure.Data;

namespace GovernancePortal.Benchmarks.Portal;

/// <summary>
/// <c>improvement [--actions 2000] [--connections 16] [--seconds 5] [--warmup 5] [--rounds 4] [--provider Sqlite|Postgres] [--stand-in] [--out DIR] [--also PATH]…</c>:
/// the improvement register and dashboard over a generated register of 2 000 actions (two organisations, five years),
/// served by the real app on Kestrel, under a closed-loop load of 16 connections, against a trivial EF + Razor control
/// page measured in the same run and the same way.
/// </summary>
internal sealed class ImprovementScenario : IBenchmarkScenario
{
    private const string Usage = "Options: --actions N (2000), --connections N (16), --seconds N per page per round (5), --warmup N seconds per page (5), --rounds N (4), --provider Sqlite|Postgres, --stand-in, --out DIR, --also PATH (more pages to measure; checked for HTTP 200 only)";

    private const string SignInAs = "governance.met@example.org";


    public string Name => "improvement";

    public string Description => "Improvement register and dashboard pages, p95 at 16 connections vs a small EF + Razor page. " + Usage;

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

        var setup = Stopwatch.StartNew();
        await using var portal = new BenchmarkPortal(options.Provider);
        var baseAddress = portal.Start();
        Console.Error.WriteLine($"# portal on {baseAddress} ({options.Provider}), migrated and seeded in {setup.Elapsed.TotalSeconds:0.0} s; GC: {(GCSettings.IsServerGC ? "server" : "workstation")}, {Environment.ProcessorCount} cores");

        setup.Restart();
        var data = await ImprovementData.GenerateAsync(portal.Services, options.Actions);
        Console.Error.WriteLine(
            $"# generated {data.Actions} actions ({data.MetActions} Met) in {data.Plans} plans, {data.Areas} areas: {data.Open} open, {data.Overdue} overdue on {data.Today:yyyy-MM-dd}; RAG {data.RagMix}; "
            + $"{data.Updates} updates, {data.Revisions} due-date revisions, {data.People} people; {setup.Elapsed.TotalSeconds:0.0} s");

        var metCodes = ImprovementData.MetAreaCodes.Select(code => code + "-").ToArray();
        var control = new PageTarget("control", "/framework/mps/principles", ["Principle A:"]);
        PageTarget[] pages = options.StandIn
            ?
            [
                new("standin_year", "/framework/mps/2016-17", ["Governance framework 2016/17"]),
                new("standin_home", "/", ["Governance overview"]),
            ]
            :
            [
                new("register", "/improvement/register", metCodes),
                new("register_filtered", "/improvement/register?rag=Red&overdue=true", metCodes, alsoExpect: "days late"),
                new("dashboard", "/improvement", [$"{ImprovementData.MetAreaCodes[0]} {ImprovementData.MetAreaTitles[0]}"], alsoExpect: "Progress by improvement area"),
            ];
        PageTarget[] all = [control, .. pages, .. options.Also.Select((path, i) => new PageTarget($"also{i + 1}", path, ["</html>"]))];

        using var load = PageLoad.Create(baseAddress, options.Connections);
        await load.SignInAsync(SignInAs, BenchmarkPortal.DemoPassword);

        // One at a time: size, SQL commands per request (EF's diagnostic events) and their time, the unloaded latency.
        var single = new Dictionary<string, (int Bytes, double Commands, double SqlMs, double MedianMs)>();
        using (var counter = new QueryCounter())
        {
            foreach (var target in all)
            {
                var body = await load.GetCheckedAsync(target);
                if (options.OutDir is not null)
                {
                    await File.WriteAllBytesAsync(Path.Combine(options.OutDir, $"{target.Name}.html"), body);
                }

                for (var i = 0; i < 4; i++)
                {
                    await load.GetCheckedAsync(target);
                }

                const int Samples = 20;
                var times = new List<double>();
                var sqlMs = new List<double>();
                var spans = new List<double>();
                var commands = new List<(string Text, TimeSpan Duration)>();
                var compilations = 0;
                for (var i = 0; i < Samples; i++)
                {
                    counter.Reset();
                    var started = Stopwatch.GetTimestamp();
                    await load.GetCheckedAsync(target);
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    var (executed, span, compiled) = counter.Read();
                    compilations += compiled;
                    commands.AddRange(executed);
                    sqlMs.Add(executed.Sum(c => c.Duration.TotalMilliseconds));
                    spans.Add(span.TotalMilliseconds);
                }

                var median = Measurement.Percentile(times, 50);
                single[target.Name] = (body.Length, commands.Count / (double)Samples, Measurement.Percentile(sqlMs, 50), median);
                Console.Error.WriteLine(
                    $"# {target.Name} {target.Path}: {body.Length / 1024.0:0.0} KB; alone {median:0.0} ms median, of which {commands.Count / (double)Samples:0.#} SQL commands "
                    + $"{Measurement.Percentile(sqlMs, 50):0.0} ms (executing and reading), first SQL start to last SQL end {Measurement.Percentile(spans, 50):0.0} ms; {compilations} LINQ compilations in {Samples} requests");
                foreach (var command in commands.GroupBy(c => c.Text).Select(g => (Text: g.Key, Ms: g.Sum(c => c.Duration.TotalMilliseconds) / Samples)).OrderByDescending(c => c.Ms).Take(4))
                {
                    Console.Error.WriteLine($"#   {command.Ms,6:0.00} ms  {OneLine(command.Text)}");
                }
            }
        }

        var connections = options.Connections;
        foreach (var target in all)
        {
            await load.RunAsync(target, connections, TimeSpan.FromSeconds(options.WarmupSeconds));
        }

        // Rounds interleave the pages so that background noise on the machine falls on all of them alike.
        var runs = all.ToDictionary(t => t.Name, _ => new List<LoadResult>());
        // Each round starts with the next page, so that no page always follows the same one.
        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var target in all.Skip(round % all.Length).Concat(all.Take(round % all.Length)))
            {
                runs[target.Name].Add(await load.RunAsync(target, connections, TimeSpan.FromSeconds(options.Seconds)));
            }

            foreach (var target in all)
            {
                var result = runs[target.Name][round];
                var ratio = target == control ? string.Empty : $", {result.P95 / runs[control.Name][round].P95:0.00}× this round's control p95";
                Console.Error.WriteLine($"# round {round + 1} {target.Name}: {result.LatenciesMs.Count} requests, p50 {result.P50:0.0} ms, p95 {result.P95:0.0} ms, {result.RequestsPerSecond:0.0}/s, CPU {result.CpuMsPerRequest:0.0} ms/request{ratio}");
            }
        }

        var controlResult = LoadResult.Combine(runs[control.Name]);
        Print("improvement.actions", data.Actions);
        Print("improvement.connections", connections);
        Console.WriteLine($"improvement.provider: {options.Provider}");
        Print("improvement.server_gc", GCSettings.IsServerGC ? 1 : 0);
        foreach (var target in all)
        {
            var result = LoadResult.Combine(runs[target.Name]);
            var prefix = $"improvement.{target.Name}";
            Print($"{prefix}.p50_ms", result.P50);
            Print($"{prefix}.p95_ms", result.P95);
            Print($"{prefix}.p99_ms", result.P99);
            Print($"{prefix}.rps", result.RequestsPerSecond);
            Print($"{prefix}.cpu_ms", result.CpuMsPerRequest);
            Print($"{prefix}.requests", result.LatenciesMs.Count);
            Print($"{prefix}.size_kb", single[target.Name].Bytes / 1024.0);
            Print($"{prefix}.sql_per_request", single[target.Name].Commands);
            Print($"{prefix}.sql_ms", single[target.Name].SqlMs);
            Print($"{prefix}.alone_ms", single[target.Name].MedianMs);
            if (target != control)
            {
                Print($"{prefix}.vs_control_p95", result.P95 / controlResult.P95);
                Print($"{prefix}.vs_control_rps", result.RequestsPerSecond / controlResult.RequestsPerSecond);
                Print($"{prefix}.vs_control_cpu", result.CpuMsPerRequest / controlResult.CpuMsPerRequest);
            }
        }

        return 0;
    }

    private sealed record Options(int Actions, int Connections, int Seconds, int WarmupSeconds, int Rounds, DatabaseProvider Provider, bool StandIn, string? OutDir, IReadOnlyList<string> Also);

    private static Options? Parse(IReadOnlyList<string> arguments)
    {
        var options = new Options(Actions: 2000, Connections: 16, Seconds: 5, WarmupSeconds: 5, Rounds: 4, DatabaseProvider.Sqlite, StandIn: false, OutDir: null, Also: []);
        for (var i = 0; i < arguments.Count; i++)
        {
            var value = i + 1 < arguments.Count ? arguments[i + 1] : null;
            int? number = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
            switch (arguments[i])
            {
                case "--actions" when number is { } actions:
                    options = options with { Actions = actions };
                    i++;
                    break;
                case "--connections" when number is { } connections:
                    options = options with { Connections = connections };
                    i++;
                    break;
                case "--seconds" when number is { } seconds:
                    options = options with { Seconds = seconds };
                    i++;
                    break;
                case "--warmup" when number is { } warmup:
                    options = options with { WarmupSeconds = warmup };
                    i++;
                    break;
                case "--rounds" when number is { } rounds:
                    options = options with { Rounds = rounds };
                    i++;
                    break;
                case "--provider" when Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && provider != DatabaseProvider.SqlServer:
                    options = options with { Provider = provider };
                    i++;
                    break;
                case "--out" when value is not null:
                    Directory.CreateDirectory(value);
                    options = options with { OutDir = value };
                    i++;
                    break;
                case "--also" when value is not null && value.StartsWith('/'):
                    options = options with { Also = [.. options.Also, value] };
                    i++;
                    break;
                case "--stand-in":
                    options = options with { StandIn = true };
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete option '{arguments[i]}'.");
                    return null;
            }
        }

        return options;
    }

    private static string OneLine(string sql)
    {
        var text = string.Join(' ', sql.Split((char[])['\r', '\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 220 ? text : text[..220] + "…";
    }

    private static void Print(string name, double value) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.##}"));
}

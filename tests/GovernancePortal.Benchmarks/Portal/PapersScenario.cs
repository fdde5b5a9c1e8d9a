using System.Diagnostics;
using System.Globalization;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.Benchmarks.Portal;

/// <summary>
/// <c>papers [--runs 40] [--warmup 5] [--provider Sqlite|Postgres]</c>: the Met's 2016/17 Audit Panel pack (the MPS
/// cover report for 2016/17 with its appendices) downloaded end to end through the download page
/// (<c>GET /papers/{id}/download/{pdf|html|docx}</c>: load, compose, render) as the Met governance account, one request
/// at a time, interleaved with the control page. Prints the median and p95 of each format and their ratio to the
/// control's, against the goals PDF p95 ≤ 300 ms and HTML p95 ≤ 50 ms.
/// </summary>
internal sealed class PapersScenario : IBenchmarkScenario
{
    private const string Usage = "Options: --runs N (40), --warmup N (5), --provider Sqlite|Postgres";
    private const string SignInAs = "governance.met@example.org";

    public string Name => "papers";

    public string Description => "Met 2016/17 Audit Panel pack downloaded as PDF, HTML and Word (query, compose, render); median and p95 vs a control page. " + Usage;

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
        var packId = await FindPackAsync(portal.Services);
        if (packId is null)
        {
            Console.Error.WriteLine("# The demo data has no MPS cover report for 2016/17: nothing to measure.");
            return 1;
        }

        Console.Error.WriteLine($"# portal on {baseAddress} ({options.Provider}), seeded in {setup.Elapsed.TotalSeconds:0.0} s; MPS 2016/17 cover report is paper {packId}; {Environment.ProcessorCount} cores");
        using var load = PageLoad.Create(baseAddress, 1);
        await load.SignInAsync(SignInAs, BenchmarkPortal.DemoPassword);

        PageTarget[] targets =
        [
            new("control", "/framework/mps/principles", ["Principle A:"]),
            new("pdf", $"/papers/{packId}/download/pdf", ["%PDF-"]),
            new("html", $"/papers/{packId}/download/html", ["<!DOCTYPE html>"], alsoExpect: "Appendix"),
            new("docx", $"/papers/{packId}/download/docx", ["PK\u0003\u0004"]),
        ];

        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            for (var i = 0; i < options.Warmup; i++)
            {
                sizes[target.Name] = (await load.GetCheckedAsync(target)).Length;
            }
        }

        // Interleaved, one request at a time: a burst of other work on the machine falls on every format alike.
        var latencies = targets.ToDictionary(t => t.Name, _ => new List<double>(options.Runs), StringComparer.Ordinal);
        for (var run = 0; run < options.Runs; run++)
        {
            foreach (var target in targets)
            {
                var started = Stopwatch.GetTimestamp();
                await load.GetCheckedAsync(target);
                latencies[target.Name].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        var control = latencies["control"];
        var controlMedian = Measurement.Percentile(control, 50);
        var controlP95 = Measurement.Percentile(control, 95);
        Print("papers.runs", options.Runs);
        Console.WriteLine($"papers.provider: {options.Provider}");
        var met = true;
        foreach (var target in targets)
        {
            var times = latencies[target.Name];
            var median = Measurement.Percentile(times, 50);
            var p95 = Measurement.Percentile(times, 95);
            Print($"papers.{target.Name}.median_ms", median);
            Print($"papers.{target.Name}.p95_ms", p95);
            Print($"papers.{target.Name}.size_kb", sizes[target.Name] / 1024.0);
            if (target.Name != "control")
            {
                Print($"papers.{target.Name}.vs_control_median", median / controlMedian);
                Print($"papers.{target.Name}.vs_control_p95", p95 / controlP95);
            }

            var goal = target.Name switch { "pdf" => 300, "html" => 50, _ => (double?)null };
            if (goal is { } limit)
            {
                Print($"papers.{target.Name}.goal_p95_ms", limit);
                met &= p95 <= limit;
            }

            Console.Error.WriteLine($"# {target.Name}: {string.Join(' ', times.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))}");
        }

        Console.WriteLine($"papers.goals_met: {(met ? "yes" : "no")}");
        return 0;
    }

    /// <summary>The latest MPS cover report for 2016/17 (the pack the Panel received), as the download page finds it by id.</summary>
    private static async Task<int?> FindPackAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();
        var year = new ReportingYear(2016);
        return await db.Papers.AsNoTracking()
            .Where(p => p.Organisation!.Code == "MPS" && p.Kind == PaperKind.CoverReport && p.Year == year)
            .OrderByDescending(p => p.MeetingDate).ThenByDescending(p => p.Id)
            .Select(p => (int?)p.Id)
            .FirstOrDefaultAsync();
    }

    private sealed record Options(int Runs, int Warmup, DatabaseProvider Provider);

    private static Options? Parse(IReadOnlyList<string> arguments)
    {
        var options = new Options(Runs: 40, Warmup: 5, DatabaseProvider.Sqlite);
        for (var i = 0; i < arguments.Count; i++)
        {
            var value = i + 1 < arguments.Count ? arguments[i + 1] : null;
            int? number = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
            switch (arguments[i])
            {
                case "--runs" when number is { } runs:
                    options = options with { Runs = runs };
                    i++;
                    break;
                case "--warmup" when number is { } warmup:
                    options = options with { Warmup = warmup };
                    i++;
                    break;
                case "--provider" when Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && provider != DatabaseProvider.SqlServer:
                    options = options with { Provider = provider };
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete option '{arguments[i]}'.");
                    return null;
            }
        }

        return options;
    }

    private static void Print(string name, double value) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.##}"));
}

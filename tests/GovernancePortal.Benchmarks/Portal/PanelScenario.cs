using System.Diagnostics;
using System.Globalization;
using GovernancePortal.Application.Features.Panel.Model;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.Benchmarks.Portal;

/// <summary>
/// <c>panel [--actions 2000] [--connections 16] [--seconds 5] [--warmup 5] [--rounds 4] [--provider Sqlite|Postgres]</c>:
/// "changes since the last Panel" over the generated register of <c>improvement</c> (2 000 actions). A published Met
/// paper goes to two Audit Panel meetings, with the register changed in between (about 100 actions completed, 50
/// slipped with reasons, 20 added); the Changes page of the second meeting (and its dashboard as at the snapshot) are
/// then measured under a closed-loop load of 16 connections against the same control page as <c>improvement</c>, in the
/// same run. Also times building a snapshot of the register (the publisher's projections) one at a time.
/// </summary>
internal sealed class PanelScenario : IBenchmarkScenario
{
    private const string Usage = "Options: --actions N (2000), --connections N (16), --seconds N per page per round (5), --warmup N seconds per page (5), --rounds N (4), --provider Sqlite|Postgres";
    private const string SignInAs = "panel@example.org";
    private const int Completed = 100;
    private const int Slipped = 50;
    private const int Added = 20;

    public string Name => "panel";

    public string Description => "Audit Panel 'changes since the last Panel' over 2 000 actions, p95 at 16 connections vs a small EF + Razor page. " + Usage;

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
        var data = await ImprovementData.GenerateAsync(portal.Services, options.Actions);
        Console.Error.WriteLine($"# portal on {baseAddress} ({options.Provider}); generated {data.Actions} actions ({data.MetActions} Met) in {setup.Elapsed.TotalSeconds:0.0} s; {Environment.ProcessorCount} cores");

        setup.Restart();
        var (meeting, snapshotActions, changes, buildMs) = await ArrangeAsync(portal.Services, data.Today);
        Console.Error.WriteLine($"# two meetings published, {snapshotActions} Met actions in the snapshot (plans not closed); changes: {changes}; snapshot built in {buildMs:0.0} ms median; {setup.Elapsed.TotalSeconds:0.0} s");

        var control = new PageTarget("control", "/framework/mps/principles", ["Principle A:"]);
        PageTarget[] all =
        [
            control,
            new("changes", $"/panel/meetings/{meeting}/changes/mps", ["Changes since the last Panel"], alsoExpect: "The supplier could not deliver"),
            new("dashboard", $"/panel/meetings/{meeting}/dashboard/mps", ["Progress dashboard as at"], alsoExpect: "How RAG is worked out"),
        ];

        using var load = PageLoad.Create(baseAddress, options.Connections);
        await load.SignInAsync(SignInAs, BenchmarkPortal.DemoPassword);
        var single = new Dictionary<string, (int Bytes, double Commands, double MedianMs)>();
        using (var counter = new QueryCounter())
        {
            foreach (var target in all)
            {
                var body = await load.GetCheckedAsync(target);
                for (var i = 0; i < 4; i++)
                {
                    await load.GetCheckedAsync(target);
                }

                const int Samples = 20;
                var times = new List<double>();
                var commands = 0;
                for (var i = 0; i < Samples; i++)
                {
                    counter.Reset();
                    var started = Stopwatch.GetTimestamp();
                    await load.GetCheckedAsync(target);
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    commands += counter.Read().Commands.Count;
                }

                single[target.Name] = (body.Length, commands / (double)Samples, Measurement.Percentile(times, 50));
                Console.Error.WriteLine($"# {target.Name} {target.Path}: {body.Length / 1024.0:0.0} KB; alone {single[target.Name].MedianMs:0.0} ms median, {commands / (double)Samples:0.#} SQL commands");
            }
        }

        foreach (var target in all)
        {
            await load.RunAsync(target, options.Connections, TimeSpan.FromSeconds(options.WarmupSeconds));
        }

        var runs = all.ToDictionary(t => t.Name, _ => new List<LoadResult>());
        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var target in all.Skip(round % all.Length).Concat(all.Take(round % all.Length)))
            {
                runs[target.Name].Add(await load.RunAsync(target, options.Connections, TimeSpan.FromSeconds(options.Seconds)));
            }

            foreach (var target in all)
            {
                var result = runs[target.Name][round];
                Console.Error.WriteLine($"# round {round + 1} {target.Name}: {result.LatenciesMs.Count} requests, p50 {result.P50:0.0} ms, p95 {result.P95:0.0} ms, {result.RequestsPerSecond:0.0}/s");
            }
        }

        var controlResult = LoadResult.Combine(runs[control.Name]);
        Print("panel.actions", data.Actions);
        Print("panel.snapshot_actions", snapshotActions);
        Print("panel.snapshot_build_ms", buildMs);
        Print("panel.connections", options.Connections);
        Console.WriteLine($"panel.provider: {options.Provider}");
        foreach (var target in all)
        {
            var result = LoadResult.Combine(runs[target.Name]);
            var prefix = $"panel.{target.Name}";
            Print($"{prefix}.p50_ms", result.P50);
            Print($"{prefix}.p95_ms", result.P95);
            Print($"{prefix}.rps", result.RequestsPerSecond);
            Print($"{prefix}.size_kb", single[target.Name].Bytes / 1024.0);
            Print($"{prefix}.sql_per_request", single[target.Name].Commands);
            Print($"{prefix}.alone_ms", single[target.Name].MedianMs);
            if (target != control)
            {
                Print($"{prefix}.vs_control_p95", result.P95 / controlResult.P95);
            }
        }

        Console.WriteLine($"panel.goal_met: {(LoadResult.Combine(runs["changes"]).P95 <= 3 * controlResult.P95 ? "yes" : "no")}");
        return 0;
    }

    /// <summary>
    /// Two meetings of the panel far ahead (so no seeded meeting falls between them), a published Met paper on each, and
    /// the register changed between the two publications. Returns the second meeting.
    /// </summary>
    private static async Task<(int Meeting, int SnapshotActions, string Changes, double BuildMs)> ArrangeAsync(IServiceProvider services, DateOnly today)
    {
        var actor = new Actor(null, "Benchmark", DateTime.UtcNow);
        int first, second;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();
            var panel = await db.AuditPanels.Include(p => p.Organisations).OrderBy(p => p.Id).FirstOrDefaultAsync();
            if (panel is null)
            {
                panel = new AuditPanel { Name = "Audit Panel" };
                panel.Organisations.AddRange((await db.Organisations.Select(o => o.Id).ToListAsync()).Select(id => new PanelOrganisation { OrganisationId = id }));
                db.AuditPanels.Add(panel);
            }

            var meetings = new[] { today.AddDays(1000), today.AddDays(1030) }
                .Select(day => PanelMeeting.Plan(panel, new MeetingDetails(day, new TimeOnly(10, 0), "Benchmark room", false, null))).ToList();
            db.PanelMeetings.AddRange(meetings);
            await db.SaveChangesAsync();
            (first, second) = (meetings[0].Id, meetings[1].Id);
        }

        await PublishAsync(services, first, today, actor);

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();
            var open = await db.ImprovementActions
                .Include(a => a.DateRevisions).Include(a => a.DateRequests).Include(a => a.Updates)
                .Include(a => a.Area!).ThenInclude(a => a.Plan!).ThenInclude(p => p.Organisation)
                .Where(a => a.Area!.Plan!.Organisation!.Code == OrganisationCodes.Met && a.Area.Plan.Status == PlanStatus.Active
                    && (a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress) && a.DueDate != null && !a.DateRequests.Any(r => r.Decision == DueDateRequestDecision.Pending))
                .AsSplitQuery().OrderBy(a => a.Id).Take(Completed + Slipped).ToListAsync();
            foreach (var action in open.Take(Completed))
            {
                action.Status = ActionStatus.VerifiedComplete;
                action.CompletedOn = today;
            }

            foreach (var action in open.Skip(Completed))
            {
                action.ReviseDueDate(action.DueDate!.Value.AddMonths(4), "The supplier could not deliver before the new financial year", actor);
            }

            var area = open[0].Area!;
            for (var i = 1; i <= Added; i++)
            {
                area.Actions.Add(new ImprovementAction { Code = $"{area.Code}-9{i:00}", Description = $"A new action added between the meetings ({i})", DueDate = today.AddMonths(6), OriginalDueDate = today.AddMonths(6) });
            }

            await db.SaveChangesAsync();
        }

        await PublishAsync(services, second, today, actor);

        var builds = new List<double>();
        RegisterSnapshot? register = null;
        await using (var scope = services.CreateAsyncScope())
        {
            var builder = scope.ServiceProvider.GetRequiredService<RegisterSnapshotBuilder>();
            var db = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();
            var met = await db.Organisations.Where(o => o.Code == OrganisationCodes.Met).Select(o => o.Id).SingleAsync();
            for (var i = 0; i < 12; i++)
            {
                var started = Stopwatch.GetTimestamp();
                register = await builder.BuildAsync(met, today, CancellationToken.None);
                builds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();
            var snapshots = await db.PanelSnapshots.AsNoTracking().Where(s => s.MeetingId == first || s.MeetingId == second).OrderBy(s => s.Id).ToListAsync();
            var diff = SnapshotDiff.Between(snapshots[0].Read(), snapshots[1].Read());
            var summary = $"{diff.NewActions.Count} new, {diff.Completed.Count} completed, {diff.Slipped.Count} slipped, {diff.RagChanged.Count} RAG changed";
            return (second, register!.Actions.Count, summary, Measurement.Percentile(builds.Skip(2).ToList(), 50));
        }
    }

    private static async Task PublishAsync(IServiceProvider services, int meetingId, DateOnly asAt, Actor actor)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<PanelPublisher>();
        var paperId = await db.Papers.AsNoTracking()
            .Where(p => p.Organisation!.Code == OrganisationCodes.Met && p.Status == PaperStatus.Published && p.Kind != PaperKind.CoverReport)
            .OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync()
            ?? throw new InvalidOperationException("The demo data has no published paper of the Met to publish.");
        var meeting = await PanelReads.MeetingForPublishingAsync(db, meetingId, CancellationToken.None);
        var paper = await PaperComposer.LoadAsync(db, paperId, CancellationToken.None);
        await publisher.PublishAsync(meeting, paper!, asAt, actor with { AtUtc = DateTime.UtcNow }, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    private sealed record Options(int Actions, int Connections, int Seconds, int WarmupSeconds, int Rounds, DatabaseProvider Provider);

    private static Options? Parse(IReadOnlyList<string> arguments)
    {
        var options = new Options(Actions: 2000, Connections: 16, Seconds: 5, WarmupSeconds: 5, Rounds: 4, DatabaseProvider.Sqlite);
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

    private static void Print(string name, double value) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.##}"));
}

using GovernancePortal.Benchmarks;
using GovernancePortal.Benchmarks.Pdf;
using GovernancePortal.Benchmarks.Portal;

// Scenario registry: add a scenario by implementing IBenchmarkScenario in its own file and listing it here.
IBenchmarkScenario[] scenarios =
[
    new PdfScenario(),
    new ImprovementScenario(),
    new SicScenario(),
    new PapersScenario(),
    new PanelScenario(),
    new SessionsScenario(),
    new SoakScenario(),
];

var selected = args.Length > 0 ? scenarios.FirstOrDefault(s => string.Equals(s.Name, args[0], StringComparison.OrdinalIgnoreCase)) : null;
if (selected is null)
{
    Console.Error.WriteLine(args.Length > 0 ? $"Unknown scenario '{args[0]}'." : "No scenario given.");
    Console.Error.WriteLine("Usage: dotnet run -c Release --project tests/GovernancePortal.Benchmarks -- <scenario> [options]");
    Console.Error.WriteLine("Scenarios:");
    foreach (var scenario in scenarios)
    {
        Console.Error.WriteLine($"  {scenario.Name,-12} {scenario.Description}");
    }

    return 2;
}

return await selected.RunAsync(args.Skip(1).ToArray());

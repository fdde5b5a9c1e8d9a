namespace GovernancePortal.Benchmarks;

/// <summary>
/// A benchmark scenario selected by the first command-line argument. Scenarios print one
/// <c>name: value</c> line per figure on standard output and diagnostics on standard error.
/// </summary>
internal interface IBenchmarkScenario
{
    /// <summary>The first command-line argument that selects this scenario, e.g. "pdf".</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Description { get; }

    /// <summary>Runs the scenario with the remaining arguments; returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments);
}

using System.Diagnostics;
using System.Reflection;
using System.Runtime;
using System.Text.Json;

namespace GovernancePortal.Benchmarks.Portal;

/// <summary>
/// The scenarios that host the app in this process measure it under the garbage collector the app runs with in
/// production: the one its build sets (<c>System.GC.Server</c> in the web project's <c>runtimeconfig.json</c>;
/// workstation GC since issue 14, docs/benchmarks.md). When this console runs under the other one, the scenario runs
/// itself again in a child process with <c>DOTNET_gcServer</c> set to match. Set <c>DOTNET_gcServer</c> yourself to
/// measure under the other collector on purpose.
/// </summary>
internal static class AppCollector
{
    private const string ServerGcVariable = "DOTNET_gcServer";

    /// <summary>The web build this benchmark build belongs to (the same configuration).</summary>
    public static string WebBuild(string contentRoot)
    {
        var configuration = typeof(AppCollector).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        return Path.Combine(contentRoot, "bin", configuration, "net10.0");
    }

    /// <summary>Whether the app's build asks for server GC.</summary>
    public static bool AppUsesServerGc()
    {
        var runtimeConfig = Path.Combine(WebBuild(BenchmarkPortal.ContentRoot), "GovernancePortal.Web.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(runtimeConfig));
        return document.RootElement.GetProperty("runtimeOptions").TryGetProperty("configProperties", out var properties)
            && properties.TryGetProperty("System.GC.Server", out var server)
            && server.ValueKind == JsonValueKind.True;
    }

    /// <summary>
    /// Null when this process already runs under the app's collector (or <c>DOTNET_gcServer</c> was chosen by hand);
    /// otherwise runs the same command again under it and returns the child's exit code.
    /// </summary>
    public static async Task<int?> RunUnderAppCollectorAsync()
    {
        var server = AppUsesServerGc();
        if (GCSettings.IsServerGC == server || Environment.GetEnvironmentVariable(ServerGcVariable) is not null)
        {
            return null;
        }

        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        var commandLine = Environment.GetCommandLineArgs();
        if (string.Equals(Path.GetFileNameWithoutExtension(Environment.ProcessPath), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(commandLine[0]);
        }

        foreach (var argument in commandLine.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[ServerGcVariable] = server ? "1" : "0";
        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the benchmark under the app's garbage collector.");
        await child.WaitForExitAsync();
        return child.ExitCode;
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GovernancePortal.Benchmarks.Portal;

/// <summary>
/// The app as it runs in production: its own process (<c>dotnet GovernancePortal.Web.dll</c>, the web project's build of
/// the benchmark's configuration, its own runtime settings, such as its garbage collector), Production, on a database another
/// <see cref="BenchmarkPortal"/> has already migrated, seeded and filled. Nothing is migrated or seeded at its start,
/// as in production, so its resident set is the app's alone: not the benchmark's set-up, the Fortunes control or the
/// client. Killed (with anything it started) when disposed.
/// </summary>
internal sealed class PortalProcess : IAsyncDisposable
{
    /// <summary>An environment variable named with this prefix is given to the app without it.</summary>
    public const string AppVariablePrefix = "GP_APP_";

    private readonly Process _process;
    private readonly List<string> _output = [];

    private PortalProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    /// <summary>
    /// Starts the app on <paramref name="portal"/>'s settings and database (no migration, no demo seeding) on a free
    /// loopback port and waits until <c>/health</c> answers.
    /// </summary>
    public static async Task<PortalProcess> StartAsync(BenchmarkPortal portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var contentRoot = BenchmarkPortal.ContentRoot;
        var app = Path.Combine(AppCollector.WebBuild(contentRoot), "GovernancePortal.Web.dll");
        if (!File.Exists(app))
        {
            throw new InvalidOperationException($"{app} is missing: build the benchmarks (it builds the web project in the same configuration).");
        }

        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(app);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(contentRoot);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // The benchmark's own runtime switches are not the app's: it runs with those of its runtimeconfig.json.
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase)
            && !k.StartsWith("DOTNET_ROOT", StringComparison.OrdinalIgnoreCase) && !k.StartsWith("DOTNET_CLI", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        // GP_APP_<NAME> sets <NAME> for the app only (e.g. GP_APP_DOTNET_TieredPGO=0 to try a runtime switch).
        foreach (var passed in start.Environment.Where(e => e.Key.StartsWith(AppVariablePrefix, StringComparison.Ordinal)).ToList())
        {
            start.Environment[passed.Key[AppVariablePrefix.Length..]] = passed.Value;
            start.Environment.Remove(passed.Key);
        }

        foreach (var (key, value) in portal.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["Database__MigrateOnStart"] = "false";
        start.Environment["Demo__Seed"] = "false";

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        var portalProcess = new PortalProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => portalProcess.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => portalProcess.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                using var response = await client.GetAsync(new Uri(baseAddress, "/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return portalProcess;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(200);
        }

        var output = portalProcess.Output;
        await portalProcess.DisposeAsync();
        throw new InvalidOperationException($"The app did not answer /health on {baseAddress}. Its last output:\n{output}");
    }

    /// <summary>The last lines the app wrote (for a failure).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output.TakeLast(40));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
            if (_output.Count > 200)
            {
                _output.RemoveRange(0, 100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

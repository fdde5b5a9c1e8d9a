namespace GovernancePortal.Web.Hosting;

/// <summary>
/// <c>dotnet GovernancePortal.Web.dll --health-probe [url]</c>: asks the running app's liveness endpoint and exits 0
/// when it answers 200, else 1. The container's HEALTHCHECK uses it, since the image has no curl or wget. The Host
/// header is the first name in <c>AllowedHosts</c>, so host filtering lets the probe in.
/// </summary>
public static class HealthProbe
{
    public const string Argument = "--health-probe";

    public static bool IsProbe(string[] args) => args is [Argument, ..];

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var url = args.Length > 1 ? args[1] : "http://127.0.0.1:8080/health/live";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        var host = (Environment.GetEnvironmentVariable("AllowedHosts") ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(h => !h.Contains('*', StringComparison.Ordinal));
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        try
        {
            using var response = await client.SendAsync(request);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }
}

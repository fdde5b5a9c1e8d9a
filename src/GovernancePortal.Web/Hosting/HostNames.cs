namespace GovernancePortal.Web.Hosting;

/// <summary>Start-up rules for host names: outside Development the app must be told which host names it serves.</summary>
public static class HostNames
{
    /// <summary>Throws with a clear message when <c>AllowedHosts</c> is missing, empty or "*" outside Development.</summary>
    public static void Require(IHostEnvironment environment, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(configuration);
        if (environment.IsDevelopment())
        {
            return;
        }

        var hosts = (configuration["AllowedHosts"] ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (hosts.Length == 0 || hosts.Contains("*"))
        {
            throw new InvalidOperationException(
                "Set AllowedHosts (environment variable AllowedHosts) to the host names this portal is served under, separated by "
                + "semicolons, for example 'governance.example.org'. Outside Development the portal does not start with AllowedHosts "
                + "empty or '*': any Host header would then be trusted, and redirects could point at another site.");
        }
    }
}

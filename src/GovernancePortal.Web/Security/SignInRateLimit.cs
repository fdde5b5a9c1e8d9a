using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace GovernancePortal.Web.Security;

/// <summary>
/// Throttles POST /account/sign-in per client address: at most <c>Security:SignInRateLimit:PermitLimit</c> attempts
/// (10 by default) in any <c>Security:SignInRateLimit:Window</c> (one minute by default, a sliding window of six
/// segments). With the per-account lockout (10 failures, 15 minutes) this keeps one client from guessing passwords
/// quickly or locking out many accounts. Behind a proxy, the client address comes from X-Forwarded-For
/// (ForwardedHeaders:Enabled). Other requests are not limited.
/// </summary>
public static class SignInRateLimit
{
    public const string SignInPath = "/account/sign-in";

    public static void Configure(RateLimiterOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var permits = configuration.GetValue("Security:SignInRateLimit:PermitLimit", 10);
        var window = configuration.GetValue("Security:SignInRateLimit:Window", TimeSpan.FromMinutes(1));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase)
                ? RateLimitPartition.GetSlidingWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new SlidingWindowRateLimiterOptions { PermitLimit = permits, Window = window, SegmentsPerWindow = 6, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        options.OnRejected = (context, _) =>
        {
            // The status-code pages middleware then shows /error/429.
            context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(window.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        };
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using GovernancePortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace GovernancePortal.Web.Security;

/// <summary>
/// ASP.NET Core's antiforgery, remembering the form token it gave a browser: every signed-in page carries the sign-out
/// form, and making a new token means reading the antiforgery cookie and encrypting a token each time (a third of a
/// signed-in page's work). A token is valid for as long as the browser's antiforgery cookie and the signed-in user are
/// the same, so for the same cookie and session the token made before is given again. Validation is unchanged.
/// The no-store and framing headers the stock service sets are set on every page by <see cref="SecurityHeadersMiddleware"/>.
/// </summary>
public sealed class RememberedAntiforgery(IAntiforgery inner, IOptions<AntiforgeryOptions> options) : IAntiforgery
{
    private const int MaxEntries = 10_000;
    private static readonly long Lifetime = Stopwatch.Frequency * 600;

    private readonly string _cookieName = options.Value.Cookie.Name!;
    private readonly ConcurrentDictionary<string, (AntiforgeryTokenSet Tokens, long MadeAt)> _tokens = new(StringComparer.Ordinal);

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var cookie = httpContext.Request.Cookies[_cookieName];
        if (string.IsNullOrEmpty(cookie))
        {
            return inner.GetAndStoreTokens(httpContext);
        }

        var key = cookie + "|" + (httpContext.User.FindFirst(AppClaimTypes.Session)?.Value ?? httpContext.User.Identity?.Name ?? string.Empty);
        var now = Stopwatch.GetTimestamp();
        if (_tokens.TryGetValue(key, out var known) && now - known.MadeAt < Lifetime)
        {
            return known.Tokens;
        }

        var tokens = inner.GetAndStoreTokens(httpContext);
        // Remember it only if the browser's cookie was used as it is (not replaced by a new one in this response).
        if (tokens.CookieToken is null && !httpContext.Response.Headers.SetCookie.Any(c => c is not null && c.StartsWith(_cookieName + "=", StringComparison.Ordinal)))
        {
            if (_tokens.Count >= MaxEntries)
            {
                _tokens.Clear();
            }

            _tokens[key] = (tokens, now);
        }

        return tokens;
    }

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);
}

namespace GovernancePortal.Web.Security;

/// <summary>
/// Single sign-on (OpenID Connect, authorization code with PKCE) settings, section <c>Sso</c> (docs/sso.md). The
/// identity provider only says who the user is: <see cref="MatchClaim"/> picks the portal account (compared with its
/// e-mail address, ignoring case); the portal's roles and organisations still decide what the user may do.
/// </summary>
public sealed record SsoSettings(
    bool Enabled,
    string Authority,
    string ClientId,
    string ClientSecret,
    string MatchClaim,
    string DisplayName,
    bool RequireHttpsMetadata)
{
    public const string Section = "Sso";

    /// <summary>The authentication scheme of the OpenID Connect handler.</summary>
    public const string Scheme = "sso";

    /// <summary>Where the identity provider sends the browser back (register https://&lt;host&gt;/signin-oidc).</summary>
    public const string CallbackPath = "/signin-oidc";

    public const string DefaultMatchClaim = "preferred_username";

    public const string DefaultDisplayName = "Microsoft";

    public static SsoSettings Disabled { get; } = new(false, string.Empty, string.Empty, string.Empty, DefaultMatchClaim, DefaultDisplayName, true);

    /// <summary>
    /// Reads and checks the settings. With <c>Sso:Enabled</c> true, anything missing or malformed stops the app from
    /// starting with one message naming every setting to fix.
    /// </summary>
    public static SsoSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        if (!section.GetValue(nameof(Enabled), false))
        {
            return Disabled;
        }

        var settings = new SsoSettings(
            true,
            Trimmed(section[nameof(Authority)]),
            Trimmed(section[nameof(ClientId)]),
            section[nameof(ClientSecret)] ?? string.Empty,
            Trimmed(section[nameof(MatchClaim)]) is { Length: > 0 } claim ? claim : DefaultMatchClaim,
            Trimmed(section[nameof(DisplayName)]) is { Length: > 0 } name ? name : DefaultDisplayName,
            section.GetValue(nameof(RequireHttpsMetadata), true));

        var problems = new List<string>();
        if (settings.Authority.Length == 0)
        {
            problems.Add("Sso:Authority is missing: set it to the identity provider's issuer, for Microsoft Entra ID https://login.microsoftonline.com/<tenant-id>/v2.0");
        }
        else if (!Uri.TryCreate(settings.Authority, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && authority.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"Sso:Authority '{settings.Authority}' is not an absolute http(s) address");
        }
        else if (authority.Scheme != Uri.UriSchemeHttps && settings.RequireHttpsMetadata)
        {
            problems.Add($"Sso:Authority '{settings.Authority}' is not https (only a test provider on loopback may use http, with Sso:RequireHttpsMetadata false)");
        }

        if (settings.ClientId.Length == 0)
        {
            problems.Add("Sso:ClientId is missing: set it to the application (client) id of the portal's app registration");
        }

        if (settings.ClientSecret.Length == 0)
        {
            problems.Add("Sso:ClientSecret is missing: set it to a client secret of the portal's app registration (from a secret store or environment variable, never appsettings.json)");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Single sign-on is turned on (Sso:Enabled) but its settings are incomplete: " + string.Join("; ", problems) + ". See docs/sso.md.");
        }

        return settings;
    }

    /// <summary>
    /// The sign-in page's Content Security Policy: its single sign-on form redirects to the identity provider, and
    /// browsers apply form-action to a form's redirects, so the provider's origin is allowed there (on that page only).
    /// </summary>
    public string SignInPagePolicy()
    {
        var origin = new Uri(Authority).GetLeftPart(UriPartial.Authority);
        return SecurityHeadersMiddleware.ContentSecurityPolicy.Replace("form-action 'self'", $"form-action 'self' {origin}", StringComparison.Ordinal);
    }

    private static string Trimmed(string? value) => value?.Trim() ?? string.Empty;
}

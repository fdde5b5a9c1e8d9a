using Microsoft.Extensions.Configuration;

namespace GovernancePortal.Infrastructure.Mail;

/// <summary>
/// The portal's public address (<c>Portal:PublicUrl</c>), which links in e-mail start with. Background jobs have no
/// web request to take it from. Development default: http://localhost:5080 (the launch profile's address).
/// </summary>
public sealed partial record PortalAddress(Uri? BaseAddress)
{
    public const string Setting = "Portal:PublicUrl";

    public static readonly Uri DevelopmentDefault = new("http://localhost:5080");

    public static PortalAddress Read(IConfiguration configuration, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[Setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return new PortalAddress(isDevelopment ? DevelopmentDefault : null);
        }

        return new PortalAddress(Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null);
    }

    public string? Problem => BaseAddress is null
        ? $"{Setting} (environment variable Portal__PublicUrl) is not set to an absolute http(s) address: e-mail links start with it, for example 'https://governance.example.org'."
        : null;

    /// <summary>The address without a trailing slash.</summary>
    public string Root => BaseAddress is null ? string.Empty : BaseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/');

    /// <summary>
    /// Writes the absolute address of every page link (<see cref="Domain.Messaging.OutboxMessage.PageLinkStart"/>,
    /// "{page:/Improvement/Actions/Details?id=4}") in its place: this address and the page's route.
    /// </summary>
    public string Expand(string text, IPageLinks pages)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pages);
        return PageLink().Replace(text, match =>
        {
            var values = match.Groups["query"].Value.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .ToDictionary(pair => Uri.UnescapeDataString(pair[0]), pair => pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : string.Empty, StringComparer.Ordinal);
            return Root + pages.PathFor(match.Groups["page"].Value, values);
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{page:(?<page>/[^?}]+)(\?(?<query>[^}]*))?\}")]
    private static partial System.Text.RegularExpressions.Regex PageLink();
}

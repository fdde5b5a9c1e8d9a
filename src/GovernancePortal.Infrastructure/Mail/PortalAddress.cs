using Microsoft.Extensions.Configuration;

namespace GovernancePortal.Infrastructure.Mail;

/// <summary>
/// The portal's public address (<c>Portal:PublicUrl</c>), which links in e-mail start with. Background jobs have no
/// web request to take it from. Development default: http://localhost:5080 (the launch profile's address).
/// </summary>
public sealed record PortalAddress(Uri? BaseAddress)
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

    /// <summary>The address without a trailing slash, for "{portal}/path".</summary>
    public string Root => BaseAddress is null ? string.Empty : BaseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/');

    /// <summary>Writes the portal address in place of <see cref="Domain.Messaging.OutboxMessage.PortalAddressToken"/>.</summary>
    public string Expand(string text) => text.Replace(Domain.Messaging.OutboxMessage.PortalAddressToken, Root, StringComparison.Ordinal);
}

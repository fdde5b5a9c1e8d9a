namespace GovernancePortal.Web.Security;

/// <summary>
/// The portal's cookies. With <c>Security:SecureCookies</c> (the default, and required in production) they carry the
/// <c>__Host-</c> prefix and the Secure flag: only sent over HTTPS, only to this host, for the whole site. Development
/// over plain http on localhost turns it off, because a browser refuses a <c>__Host-</c> cookie without Secure.
/// </summary>
public sealed record CookieNames(bool Secure)
{
    public string Authentication => Secure ? "__Host-GovernancePortal" : "GovernancePortal";

    public string Antiforgery => Secure ? "__Host-GovernancePortal-Antiforgery" : "GovernancePortal-Antiforgery";

    public CookieSecurePolicy SecurePolicy => Secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
}

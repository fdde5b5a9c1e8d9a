using System.Security.Claims;
using GovernancePortal.Application.Common;
using GovernancePortal.Infrastructure.Identity;

namespace GovernancePortal.Web.Security;

/// <summary>The signed-in user of the current request, for handlers and the audit trail.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private PrincipalUser User => new(accessor.HttpContext?.User);

    public string? UserId => User.UserId;

    /// <summary>Outside a request (start-up migration and demo seeding) the actor is the system, not an anonymous visitor.</summary>
    public string UserName => accessor.HttpContext is null ? SystemActorName : User.UserName;

    public const string SystemActorName = "system (start-up)";

    public IReadOnlyCollection<string> OrganisationCodes => User.OrganisationCodes;

    public bool IsInRole(string role) => User.IsInRole(role);

    public string? SessionId => User.SessionId;
}

/// <summary>A claims principal seen as an <see cref="ICurrentUser"/> (anonymous when not signed in).</summary>
public sealed class PrincipalUser(ClaimsPrincipal? principal) : ICurrentUser
{
    private readonly ClaimsPrincipal? _principal = principal is { Identity.IsAuthenticated: true } ? principal : null;

    public string? UserId => _principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => _principal?.Identity?.Name ?? "anonymous";

    public IReadOnlyCollection<string> OrganisationCodes =>
        _principal?.FindAll(AppClaimTypes.Organisation).Select(c => c.Value).ToArray() ?? [];

    public bool IsInRole(string role) => _principal?.IsInRole(role) ?? false;

    public string? SessionId => _principal?.FindFirstValue(AppClaimTypes.Session);
}

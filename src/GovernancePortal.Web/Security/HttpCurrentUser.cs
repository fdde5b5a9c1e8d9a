using System.Security.Claims;
using GovernancePortal.Infrastructure.Identity;

namespace GovernancePortal.Web.Security;

/// <summary>The signed-in user of the current request, for handlers and the audit trail.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => Principal?.Identity?.Name ?? "anonymous";

    public IReadOnlyCollection<string> OrganisationCodes =>
        Principal?.FindAll(AppClaimTypes.Organisation).Select(c => c.Value).ToArray() ?? [];

    public bool IsInRole(string role) => Principal?.IsInRole(role) ?? false;
}

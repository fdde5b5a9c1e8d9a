using GovernancePortal.Infrastructure.Auditing;

namespace GovernancePortal.Application.Common;

/// <summary>
/// What a use case needs to know about who is acting: the signed-in user in the web app (Web implements it from the
/// request's claims), or a named system actor (CLI). It is also the actor the audit trail records.
/// </summary>
public interface ICurrentUser : IAuditActor
{
    /// <summary>Codes of the organisations the user works for (MPS, MOPAC).</summary>
    IReadOnlyCollection<string> OrganisationCodes { get; }

    bool IsInRole(string role);

    /// <summary>The server-side session of the request (null outside a signed-in request).</summary>
    string? SessionId => null;
}

/// <summary>A non-human operator such as "system (govportal migrate)": acts with every role, for every organisation.</summary>
public sealed class SystemUser(string name) : ICurrentUser
{
    public string? UserId => null;

    public string UserName { get; } = name;

    public IReadOnlyCollection<string> OrganisationCodes { get; } = [Domain.Organisations.OrganisationCodes.Met, Domain.Organisations.OrganisationCodes.Mopac];

    public bool IsInRole(string role) => true;
}

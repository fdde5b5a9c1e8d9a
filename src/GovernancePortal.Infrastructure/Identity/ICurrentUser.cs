namespace GovernancePortal.Infrastructure.Identity;

/// <summary>Who is acting: the signed-in user in the web app, or a named system actor (CLI, seeding).</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    string UserName { get; }

    /// <summary>Codes of the organisations the user works for (MPS, MOPAC).</summary>
    IReadOnlyCollection<string> OrganisationCodes { get; }

    bool IsInRole(string role);
}

/// <summary>A non-human operator such as "system (govportal migrate)": acts with every role, for every organisation.</summary>
public sealed class SystemUser(string name) : ICurrentUser
{
    public string? UserId => null;

    public string UserName { get; } = name;

    public IReadOnlyCollection<string> OrganisationCodes { get; } = [Domain.Organisations.OrganisationCodes.Met, Domain.Organisations.OrganisationCodes.Mopac];

    public bool IsInRole(string role) => true;
}

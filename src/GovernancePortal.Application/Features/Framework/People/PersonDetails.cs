using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework.People;

/// <summary>A person for the edit and change-holder pages, with the post's earlier holders.</summary>
public sealed record PersonDetails(
    int Id,
    string OrganisationCode,
    string OrganisationName,
    string JobTitle,
    string? FullName,
    string? Email,
    string? BusinessGroup,
    string? UserId,
    string? LinkedAccount,
    DateOnly? HolderSince,
    bool IsArchived,
    Guid Version,
    IReadOnlyList<LedArea> Areas,
    IReadOnlyList<PreviousHolder> PreviousHolders)
{
    public string DisplayName => string.IsNullOrWhiteSpace(FullName) ? JobTitle : $"{FullName} ({JobTitle})";

    /// <summary>The organisation's person (404 otherwise), with the areas they lead and the post's earlier holders.</summary>
    public static async Task<PersonDetails> LoadAsync(GovernancePortalDbContext db, Organisation organisation, int personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        var person = await db.People.AsNoTracking().Include(p => p.PreviousHolders)
            .SingleOrDefaultAsync(p => p.Id == personId && p.OrganisationId == organisation.Id, cancellationToken)
            ?? throw new NotFoundException("There is no such person in this organisation.");
        var accounts = await PeopleRules.AccountNamesAsync(db, person.PreviousHolders.Select(h => h.UserId).Append(person.UserId), cancellationToken);
        var areas = await LedArea.ByPersonAsync(db, organisation.Id, cancellationToken);
        string? Account(string? id) => id is not null && accounts.TryGetValue(id, out var name) ? name : null;

        return new PersonDetails(
            person.Id,
            organisation.Code,
            organisation.ShortName,
            person.JobTitle,
            person.FullName,
            person.Email,
            person.BusinessGroup,
            person.UserId,
            Account(person.UserId),
            person.HolderSince,
            person.IsArchived,
            person.Version,
            areas.TryGetValue(person.Id, out var led) ? led : [],
            [.. person.PreviousHolders
                .OrderByDescending(h => h.To)
                .ThenByDescending(h => h.Id)
                .Select(h => new PreviousHolder(h.FullName, h.Email, Account(h.UserId), h.From, h.To))]);
    }
}

/// <summary>An earlier holder of the post, most recent first.</summary>
public sealed record PreviousHolder(string? FullName, string? Email, string? LinkedAccount, DateOnly? From, DateOnly To);

/// <summary>A governance area a person leads: "5 Professional standards".</summary>
public sealed record LedArea(int Id, string Reference, string Title)
{
    /// <summary>The live (not archived) governance areas each person of the organisation leads, in the framework's order.</summary>
    public static async Task<Dictionary<int, List<LedArea>>> ByPersonAsync(GovernancePortalDbContext db, int organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var areas = await db.GovernanceAreas.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && !a.IsArchived)
            .OrderBy(a => a.SortOrder)
            .Select(a => new { a.Id, a.Reference, a.Title, Leads = a.SeniorLeads.Select(p => p.Id).ToList() })
            .ToListAsync(cancellationToken);
        return areas
            .SelectMany(a => a.Leads.Select(personId => (PersonId: personId, Area: new LedArea(a.Id, a.Reference, a.Title))))
            .GroupBy(r => r.PersonId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Area).ToList());
    }
}

/// <summary>A sign-in account a person can be linked to.</summary>
public sealed record AccountOption(string UserId, string DisplayName, string Email)
{
    /// <summary>The organisation's sign-in accounts that a person can be linked to (disabled accounts are left out).</summary>
    public static async Task<IReadOnlyList<AccountOption>> LinkableAsync(GovernancePortalDbContext db, int organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = db.UserOrganisations.Where(o => o.OrganisationId == organisationId).Select(o => o.UserId);
        return await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && !u.IsDisabled)
            .OrderBy(u => u.DisplayName)
            .Select(u => new AccountOption(u.Id, u.DisplayName, u.Email ?? string.Empty))
            .ToListAsync(cancellationToken);
    }
}

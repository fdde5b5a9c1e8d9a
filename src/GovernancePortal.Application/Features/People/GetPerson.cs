using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.People;

/// <summary>A person for the edit and change-holder pages, with the post's earlier holders (needs EditFramework).</summary>
public sealed record GetPersonQuery(string Organisation, int PersonId) : IQuery<PersonDetails>;

public sealed record PersonDetails(
    int Id,
    string OrganisationCode,
    string OrganisationName,
    string JobTitle,
    string? FullName,
    string? Email,
    string? UserId,
    string? LinkedAccount,
    DateOnly? HolderSince,
    bool IsArchived,
    Guid Version,
    IReadOnlyList<LedArea> Areas,
    IReadOnlyList<PreviousHolder> PreviousHolders)
{
    public string DisplayName => string.IsNullOrWhiteSpace(FullName) ? JobTitle : $"{FullName} ({JobTitle})";
}

/// <summary>An earlier holder of the post, most recent first.</summary>
public sealed record PreviousHolder(string? FullName, string? Email, string? LinkedAccount, DateOnly? From, DateOnly To);

public sealed class GetPersonHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<GetPersonQuery, PersonDetails>
{
    public async ValueTask<PersonDetails> Handle(GetPersonQuery query, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, query.Organisation, Permission.EditFramework, cancellationToken);
        var person = await db.People.AsNoTracking().Include(p => p.PreviousHolders)
            .SingleOrDefaultAsync(p => p.Id == query.PersonId && p.OrganisationId == organisation.Id, cancellationToken)
            ?? throw new NotFoundException("There is no such person in this organisation.");
        var accounts = await PeopleRules.AccountNamesAsync(db, person.PreviousHolders.Select(h => h.UserId).Append(person.UserId), cancellationToken);
        var areas = await ListPeopleHandler.LedAreasAsync(db, organisation.Id, cancellationToken);
        string? Account(string? id) => id is not null && accounts.TryGetValue(id, out var name) ? name : null;

        return new PersonDetails(
            person.Id,
            organisation.Code,
            organisation.ShortName,
            person.JobTitle,
            person.FullName,
            person.Email,
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

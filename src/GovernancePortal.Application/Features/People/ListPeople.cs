using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.People;

/// <summary>
/// The organisation's people directory: each post, its current holder, the linked account and the governance areas the
/// person leads. Archived people are listed only when asked for.
/// </summary>
public sealed record ListPeopleQuery(string Organisation, bool IncludeArchived = false) : IQuery<PeopleDirectory>;

public sealed record PeopleDirectory(string OrganisationCode, string OrganisationName, bool CanEdit, int ArchivedCount, IReadOnlyList<PersonListItem> People);

public sealed record PersonListItem(
    int Id,
    string JobTitle,
    string? FullName,
    string? Email,
    string? LinkedAccount,
    IReadOnlyList<LedArea> Areas,
    bool IsArchived);

/// <summary>A governance area a person leads: "5 Professional standards".</summary>
public sealed record LedArea(int Id, string Reference, string Title);

public sealed class ListPeopleHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<ListPeopleQuery, PeopleDirectory>
{
    public async ValueTask<PeopleDirectory> Handle(ListPeopleQuery query, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, query.Organisation, Permission.ViewFramework, cancellationToken);
        var people = await db.People.AsNoTracking()
            .Where(p => p.OrganisationId == organisation.Id)
            .OrderBy(p => p.JobTitle)
            .Select(p => new { p.Id, p.JobTitle, p.FullName, p.Email, p.UserId, p.IsArchived })
            .ToListAsync(cancellationToken);
        var areas = await LedAreasAsync(db, organisation.Id, cancellationToken);
        var accounts = await PeopleRules.AccountNamesAsync(db, people.Select(p => p.UserId), cancellationToken);

        return new PeopleDirectory(
            organisation.Code,
            organisation.ShortName,
            AccessMatrix.Allows(user, Permission.EditFramework, organisation.Code),
            people.Count(p => p.IsArchived),
            [.. people
                .Where(p => query.IncludeArchived || !p.IsArchived)
                .Select(p => new PersonListItem(
                    p.Id,
                    p.JobTitle,
                    p.FullName,
                    p.Email,
                    p.UserId is not null && accounts.TryGetValue(p.UserId, out var account) ? account : null,
                    areas.TryGetValue(p.Id, out var led) ? led : [],
                    p.IsArchived))]);
    }

    /// <summary>The live (not archived) governance areas each person of the organisation leads, in the framework's order.</summary>
    internal static async Task<Dictionary<int, List<LedArea>>> LedAreasAsync(GovernancePortalDbContext db, int organisationId, CancellationToken cancellationToken)
    {
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

using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework.People;

/// <summary>
/// The organisation's people directory (/framework/{org}/people): each post, its current holder, the linked account and
/// the governance areas the person leads, and the business group of the post (the list can be narrowed to one). Archived
/// people are listed only when asked for.
/// </summary>
public static class ListPeople
{
    public sealed record Query(string Organisation, bool IncludeArchived = false, string? BusinessGroup = null) : IQuery<PeopleList>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record PeopleList(string OrganisationCode, string OrganisationName, bool CanEdit, int ArchivedCount, IReadOnlyList<Item> People, IReadOnlyList<string> BusinessGroups);

    public sealed record Item(int Id, string JobTitle, string? FullName, string? Email, string? LinkedAccount, IReadOnlyList<LedArea> Areas, bool IsArchived, string? BusinessGroup = null);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<Query, PeopleList>
    {
        public async ValueTask<PeopleList> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var people = await db.People.AsNoTracking()
                .Where(p => p.OrganisationId == organisation.Id)
                .OrderBy(p => p.JobTitle)
                .Select(p => new { p.Id, p.JobTitle, p.FullName, p.Email, p.UserId, p.IsArchived, p.BusinessGroup })
                .ToListAsync(cancellationToken);
            var areas = await LedArea.ByPersonAsync(db, organisation.Id, cancellationToken);
            var accounts = await PeopleRules.AccountNamesAsync(db, people.Select(p => p.UserId), cancellationToken);

            return new PeopleList(
                organisation.Code,
                organisation.ShortName,
                AccessMatrix.Allows(user, Permission.EditFramework, organisation.Code),
                people.Count(p => p.IsArchived),
                [.. people
                    .Where(p => query.IncludeArchived || !p.IsArchived)
                    .Where(p => string.IsNullOrWhiteSpace(query.BusinessGroup) || string.Equals(p.BusinessGroup, query.BusinessGroup.Trim(), StringComparison.OrdinalIgnoreCase))
                    .Select(p => new Item(
                        p.Id,
                        p.JobTitle,
                        p.FullName,
                        p.Email,
                        p.UserId is not null && accounts.TryGetValue(p.UserId, out var account) ? account : null,
                        areas.TryGetValue(p.Id, out var led) ? led : [],
                        p.IsArchived,
                        p.BusinessGroup))],
                [.. people.Where(p => p.BusinessGroup is not null).Select(p => p.BusinessGroup!).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)]);
        }
    }
}

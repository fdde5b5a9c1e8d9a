using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework.Principles;

/// <summary>The organisation's principles A–G in its own order, each with its sub-principles (/framework/{org}/principles).</summary>
public static class ListPrinciples
{
    public sealed record Query(string Organisation) : IQuery<PrincipleList>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record PrincipleList(string OrganisationCode, string OrganisationName, bool CanEdit, IReadOnlyList<Item> Principles);

    public sealed record Item(int Id, string Code, string Title, int SortOrder, IReadOnlyList<string> SubPrinciples);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<Query, PrincipleList>
    {
        public async ValueTask<PrincipleList> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var principles = await db.Principles.AsNoTracking()
                .Where(p => p.OrganisationId == organisation.Id)
                .OrderBy(p => p.SortOrder).ThenBy(p => p.Code)
                .Select(p => new Item(p.Id, p.Code, p.Title, p.SortOrder, p.SubPrinciples.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => s.Title).ToList()))
                .ToListAsync(cancellationToken);
            return new PrincipleList(organisation.Code, organisation.ShortName, AccessMatrix.Allows(user, Permission.EditFramework, organisation.Code), principles);
        }
    }
}

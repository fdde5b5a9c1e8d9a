using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Principles;

/// <summary>The organisation's principles A–G in its own order, each with its sub-principles.</summary>
public sealed record ListPrinciplesQuery(string Organisation) : IQuery<PrincipleList>;

public sealed record PrincipleList(string OrganisationCode, string OrganisationName, bool CanEdit, IReadOnlyList<PrincipleItem> Principles);

public sealed record PrincipleItem(int Id, string Code, string Title, int SortOrder, IReadOnlyList<string> SubPrinciples);

public sealed class ListPrinciplesHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<ListPrinciplesQuery, PrincipleList>
{
    public async ValueTask<PrincipleList> Handle(ListPrinciplesQuery query, CancellationToken cancellationToken)
    {
        var organisation = await FrameworkScope.OrganisationAsync(db, user, query.Organisation, Permission.ViewFramework, cancellationToken);
        var principles = await db.Principles.AsNoTracking()
            .Where(p => p.OrganisationId == organisation.Id)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Code)
            .Select(p => new PrincipleItem(p.Id, p.Code, p.Title, p.SortOrder, p.SubPrinciples.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => s.Title).ToList()))
            .ToListAsync(cancellationToken);
        return new PrincipleList(organisation.Code, organisation.ShortName, AccessMatrix.Allows(user, Permission.EditFramework, organisation.Code), principles);
    }
}

using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework;

/// <summary>The framework index (/framework): the organisations whose framework the user may read, each with the years the user may see.</summary>
public static class ListFrameworks
{
    public sealed record Query : IQuery<IReadOnlyList<FrameworkSummary>>;

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<FrameworkSummary>>
    {
        public async ValueTask<IReadOnlyList<FrameworkSummary>> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).ToListAsync(cancellationToken);
            var years = await db.FrameworkYears.AsNoTracking().ToListAsync(cancellationToken);
            var areas = await db.GovernanceAreas.AsNoTracking().Where(a => !a.IsArchived)
                .GroupBy(a => a.OrganisationId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            return [.. organisations
                .Where(o => FrameworkScope.CanRead(user, o.Code))
                .Select(o => new FrameworkSummary(
                    FrameworkScope.Slug(o),
                    o.Name,
                    o.ShortName,
                    areas.GetValueOrDefault(o.Id),
                    FrameworkScope.VisibleYears(user, o, years.Where(y => y.OrganisationId == o.Id)),
                    AccessMatrix.Allows(user, Permission.EditFramework, o.Code)))];
        }
    }
}

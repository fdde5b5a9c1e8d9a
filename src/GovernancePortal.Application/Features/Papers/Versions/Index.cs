using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers.Versions;

/// <summary>A paper's saved versions (/papers/{id}/versions), latest first: number, status, what changed, who and when.</summary>
public static class ListPaperVersions
{
    public sealed record Query(int PaperId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ReviewPapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed record View(PaperHeading Paper, IReadOnlyList<Item> Versions);

    public sealed record Item(int Number, PaperStatus Status, string Change, string SavedByName, DateTime SavedAtUtc);

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var heading = await PaperEdits.HeadingAsync(db, query.PaperId, cancellationToken);
            var versions = await db.PaperVersions.AsNoTracking().Where(v => v.PaperId == query.PaperId)
                .OrderByDescending(v => v.Number)
                .Select(v => new Item(v.Number, v.Status, v.Change, v.SavedByName, v.SavedAtUtc))
                .ToListAsync(cancellationToken);
            return new View(heading, versions);
        }
    }
}

using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers.Versions;

/// <summary>
/// Two versions of a paper compared section by section (/papers/{id}/versions/compare?from=&amp;to=): the older is
/// always "from", whichever way round they were chosen (the page asks for two different versions).
/// </summary>
public static class ComparePaperVersions
{
    public sealed record Query(int PaperId, int From, int To) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ReviewPapers;

        public ScopeTarget Scope => ScopeTarget.Paper(PaperId);
    }

    public sealed record View(PaperHeading Paper, Version From, Version To, IReadOnlyList<SectionDiff> Sections)
    {
        public int ChangedCount => Sections.Count(s => s.Added || s.Removed || s.Changed);
    }

    public sealed record Version(int Number, PaperStatus Status, string Change, string SavedByName, DateTime SavedAtUtc);

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var heading = await PaperEdits.HeadingAsync(db, query.PaperId, cancellationToken);
            var low = Math.Min(query.From, query.To);
            var high = Math.Max(query.From, query.To);
            var versions = await db.PaperVersions.AsNoTracking()
                .Where(v => v.PaperId == query.PaperId && (v.Number == low || v.Number == high))
                .ToListAsync(cancellationToken);
            var older = versions.SingleOrDefault(v => v.Number == low) ?? throw new NotFoundException($"This paper has no version {low}.");
            var newer = versions.SingleOrDefault(v => v.Number == high) ?? throw new NotFoundException($"This paper has no version {high}.");
            return new View(
                heading,
                Describe(older),
                Describe(newer),
                PaperSnapshot.Compare(PaperSnapshot.Read(older.Content), PaperSnapshot.Read(newer.Content)));
        }

        private static Version Describe(PaperVersion version) => new(version.Number, version.Status, version.Change, version.SavedByName, version.SavedAtUtc);
    }
}

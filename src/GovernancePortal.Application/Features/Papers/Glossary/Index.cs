using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Framework;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers.Glossary;

/// <summary>
/// An organisation's glossary (/papers/glossary/{org}): its acronyms A–Z with their definitions, and the acronyms its
/// draft papers use that the glossary lacks, so drafters can add them before the checks ask for them.
/// </summary>
public static class GlossaryIndex
{
    public sealed record Query(string Organisation) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ReviewPapers;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Entry(int Id, string Acronym, string Definition);

    public sealed record Undefined(string Acronym, int Uses);

    public sealed record View(string OrganisationCode, string OrganisationName, bool CanManage, IReadOnlyList<Entry> Entries, IReadOnlyList<Undefined> UndefinedInDrafts);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var entries = await db.GlossaryEntries.AsNoTracking().Where(g => g.OrganisationId == organisation.Id)
                .Select(g => new Entry(g.Id, g.Acronym, g.Definition)).ToListAsync(cancellationToken);
            var texts = await db.PaperSections.AsNoTracking()
                .Where(s => db.Papers.Any(p => p.Id == s.PaperId && p.OrganisationId == organisation.Id && p.Status != PaperStatus.Published))
                .Select(s => s.Text).ToListAsync(cancellationToken);
            var undefined = Acronyms.Undefined(texts, entries.Select(e => e.Acronym));
            return new View(
                organisation.Code,
                organisation.Name,
                AccessMatrix.Allows(user, Permission.ManagePapers, organisation.Code),
                [.. entries.OrderBy(e => e.Acronym, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Acronym, StringComparer.Ordinal)],
                [.. undefined.Select(u => new Undefined(u.Acronym, u.Uses))]);
        }
    }
}

using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers;

/// <summary>
/// The papers of every organisation (/papers), latest year first: title, kind, status, version and last change. Readers
/// who do not review an organisation's papers see only its published ones; those who draft them may start one.
/// </summary>
public static class ListPapers
{
    public sealed record Query : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewPapers;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    public sealed record View(IReadOnlyList<OrganisationPapers> Organisations)
    {
        public bool CanCreateAny => Organisations.Any(o => o.CanCreate);
    }

    public sealed record OrganisationPapers(string Code, string ShortName, bool CanCreate, bool SeesDrafts, IReadOnlyList<Item> Papers);

    public sealed record Item(int Id, ReportingYear Year, string Title, PaperKind Kind, PaperStatus Status, int Revision, DateTime? LastChangeUtc, string? LastChangeBy);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisations = (await db.Organisations.AsNoTracking().OrderBy(o => o.ShortName).Select(o => new { o.Id, o.Code, o.ShortName }).ToListAsync(cancellationToken))
                .Where(o => AccessMatrix.Allows(user, Permission.ViewPapers, o.Code))
                .Select(o => new { o.Id, o.Code, o.ShortName, Drafts = AccessMatrix.Allows(user, Permission.ReviewPapers, o.Code) })
                .ToList();
            var all = organisations.Select(o => o.Id).ToList();
            var drafts = organisations.Where(o => o.Drafts).Select(o => o.Id).ToList();
            var papers = await db.Papers.AsNoTracking()
                .Where(p => all.Contains(p.OrganisationId) && (p.Status == PaperStatus.Published || drafts.Contains(p.OrganisationId)))
                .Select(p => new
                {
                    p.Id,
                    p.OrganisationId,
                    Item = new Item(
                        p.Id,
                        p.Year,
                        p.Title,
                        p.Kind,
                        p.Status,
                        p.Revision,
                        p.Versions.OrderByDescending(v => v.Number).Select(v => (DateTime?)v.SavedAtUtc).FirstOrDefault(),
                        p.Versions.OrderByDescending(v => v.Number).Select(v => v.SavedByName).FirstOrDefault()),
                })
                .ToListAsync(cancellationToken);
            return new View([.. organisations.Select(o => new OrganisationPapers(
                o.Code,
                o.ShortName,
                AccessMatrix.Allows(user, Permission.ManagePapers, o.Code),
                o.Drafts,
                [.. papers.Where(p => p.OrganisationId == o.Id).Select(p => p.Item).OrderByDescending(p => p.Year).ThenBy(p => p.Kind).ThenByDescending(p => p.Id)]))]);
        }
    }
}

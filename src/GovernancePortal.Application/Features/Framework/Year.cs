using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework;

/// <summary>
/// One organisation's framework for one year (/framework/{org}/{year?}): principles in the organisation's order with
/// their areas, each area's leads and how much text it has. With no year given, the latest year the user may see.
/// </summary>
public static class FrameworkYearOverview
{
    public sealed record Query(string Organisation, string? Year, bool IncludeArchived = false) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewFramework;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record View(
        string Slug,
        string OrganisationName,
        string OrganisationShortName,
        bool CodeSectionStyle,
        YearSummary Year,
        IReadOnlyList<YearSummary> Years,
        IReadOnlyList<PrincipleView> Principles,
        int ArchivedAreas,
        bool CanEdit);

    public sealed record PrincipleView(int Id, string Code, string Title, IReadOnlyList<AreaSummary> Areas);

    public sealed record AreaSummary(int Id, string Reference, string Title, string Description, IReadOnlyList<string> Leads, int CodeBlocks, int ReviewBlocks, bool IsArchived);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var organisation = await FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var (year, visible) = await FrameworkScope.YearAsync(db, user, organisation, query.Year, cancellationToken);

            var areas = await db.GovernanceAreas.AsNoTracking()
                .Where(a => a.OrganisationId == organisation.Id)
                .Include(a => a.SeniorLeads)
                .OrderBy(a => a.SortOrder).ThenBy(a => a.Reference)
                .ToListAsync(cancellationToken);
            var counts = await db.AreaStatements.AsNoTracking()
                .Where(s => s.Year == year.Year && areas.Select(a => a.Id).Contains(s.GovernanceAreaId))
                .GroupBy(s => new { s.GovernanceAreaId, s.Kind })
                .Select(g => new { g.Key.GovernanceAreaId, g.Key.Kind, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var principles = await db.Principles.AsNoTracking().Where(p => p.OrganisationId == organisation.Id)
                .OrderBy(p => p.SortOrder).ToListAsync(cancellationToken);

            // An archived area stays in the years it has text for, so past years read as they were.
            var shown = areas.Where(a => query.IncludeArchived || !a.IsArchived || counts.Any(c => c.GovernanceAreaId == a.Id)).ToList();
            return new View(
                FrameworkScope.Slug(organisation),
                organisation.Name,
                organisation.ShortName,
                areas.Any(a => a.CommitmentsLeadIn is not null),
                year,
                visible,
                [.. principles.Select(p => new PrincipleView(p.Id, p.Code, p.Title, [.. shown.Where(a => a.PrincipleId == p.Id).Select(a => new AreaSummary(
                    a.Id,
                    a.Reference,
                    a.Title,
                    a.Description,
                    [.. a.SeniorLeads.Select(l => l.DisplayName)],
                    counts.Where(c => c.GovernanceAreaId == a.Id && FrameworkText.IsCode(c.Kind)).Sum(c => c.Count),
                    counts.Where(c => c.GovernanceAreaId == a.Id && !FrameworkText.IsCode(c.Kind)).Sum(c => c.Count),
                    a.IsArchived))]))],
                areas.Count(a => a.IsArchived),
                AccessMatrix.Allows(user, Permission.EditFramework, organisation.Code));
        }
    }
}

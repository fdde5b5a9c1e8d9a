using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework;

/// <summary>The organisations whose framework the user may read, each with the years the user may see.</summary>
public sealed record ListFrameworksQuery : IQuery<IReadOnlyList<FrameworkSummary>>;

public sealed record FrameworkSummary(string Slug, string Name, string ShortName, int Areas, IReadOnlyList<YearSummary> Years, bool CanEdit);

public sealed record YearSummary(int Id, ReportingYear Year, string Slug, FrameworkYearStatus Status, DateTime OpenedAtUtc, DateTime? PublishedAtUtc, ReportingYear? RolledForwardFrom, Guid Version);

public sealed class ListFrameworksHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<ListFrameworksQuery, IReadOnlyList<FrameworkSummary>>
{
    public async ValueTask<IReadOnlyList<FrameworkSummary>> Handle(ListFrameworksQuery query, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var years = await db.FrameworkYears.AsNoTracking().ToListAsync(cancellationToken);
        var areas = await db.GovernanceAreas.AsNoTracking().Where(a => !a.IsArchived)
            .GroupBy(a => a.OrganisationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. organisations
            .Where(o => AccessMatrix.Allows(user, Permission.ViewFramework, o.Code) || AccessMatrix.Allows(user, Permission.EditFramework, o.Code))
            .Select(o => new FrameworkSummary(
                FrameworkScope.Slug(o),
                o.Name,
                o.ShortName,
                areas.GetValueOrDefault(o.Id),
                VisibleYears(user, o, years.Where(y => y.OrganisationId == o.Id)),
                AccessMatrix.Allows(user, Permission.EditFramework, o.Code)))];
    }

    internal static IReadOnlyList<YearSummary> VisibleYears(ICurrentUser user, Organisation organisation, IEnumerable<FrameworkYear> years) =>
        [.. years
            .Where(y => AccessMatrix.CanViewYear(user, organisation.Code, y.IsPublished))
            .OrderByDescending(y => y.Year)
            .Select(y => new YearSummary(y.Id, y.Year, FrameworkScope.YearSlug(y.Year), y.Status, y.OpenedAtUtc, y.PublishedAtUtc, y.RolledForwardFrom, y.Version))];
}

/// <summary>
/// One organisation's framework for one year: principles in the organisation's order with their areas, each area's
/// leads and how much text it has. With no year given, the latest year the user may see.
/// </summary>
public sealed record GetFrameworkYearQuery(string Organisation, string? Year, bool IncludeArchived = false) : IQuery<FrameworkYearView>;

public sealed record FrameworkYearView(
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

public sealed class GetFrameworkYearHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<GetFrameworkYearQuery, FrameworkYearView>
{
    public async ValueTask<FrameworkYearView> Handle(GetFrameworkYearQuery query, CancellationToken cancellationToken)
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
        return new FrameworkYearView(
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

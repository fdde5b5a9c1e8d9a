using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Recommendations.Model;

/// <summary>
/// An organisation's lists of source bodies and strategic themes. Every organisation starts with
/// <see cref="RecommendationSource.Defaults"/>: the settings page, the create page and the import call
/// <see cref="EnsureSourcesAsync"/> before offering sources, so the first of them seeds the list (audited, once).
/// </summary>
public static class RecommendationLists
{
    /// <summary>
    /// Adds (and saves) the default source bodies when the organisation has none yet; does nothing otherwise. Returns
    /// true when it added them.
    /// </summary>
    public static async Task<bool> EnsureSourcesAsync(GovernancePortalDbContext db, int organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.RecommendationSources.AnyAsync(s => s.OrganisationId == organisationId, cancellationToken))
        {
            return false;
        }

        AddDefaultSources(db, organisationId);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Adds <see cref="RecommendationSource.Defaults"/> for an organisation that has no source bodies yet, without saving
    /// (the import saves them with its rows, all or nothing); returns them.
    /// </summary>
    public static IReadOnlyList<RecommendationSource> AddDefaultSources(GovernancePortalDbContext db, int organisationId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var order = 0;
        var sources = RecommendationSource.Defaults
            .Select(name => new RecommendationSource { OrganisationId = organisationId, Name = name, SortOrder = ++order })
            .ToList();
        db.RecommendationSources.AddRange(sources);
        return sources;
    }

    /// <summary>The organisation's source bodies as (id, name), in order; archived ones only when asked for.</summary>
    public static async Task<IReadOnlyList<(int Id, string Name)>> SourcesAsync(GovernancePortalDbContext db, int organisationId, bool includeArchived, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.RecommendationSources.AsNoTracking()
            .Where(s => s.OrganisationId == organisationId && (includeArchived || !s.IsArchived))
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Id, r.Name))];
    }

    /// <summary>The organisation's strategic themes as (id, name), in order; archived ones only when asked for.</summary>
    public static async Task<IReadOnlyList<(int Id, string Name)>> ThemesAsync(GovernancePortalDbContext db, int organisationId, bool includeArchived, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.RecommendationThemes.AsNoTracking()
            .Where(s => s.OrganisationId == organisationId && (includeArchived || !s.IsArchived))
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Id, r.Name))];
    }

    /// <summary>The organisation's people (posts) not archived, as (id, display name), for the owner select.</summary>
    public static async Task<IReadOnlyList<(int Id, string Name)>> PeopleAsync(GovernancePortalDbContext db, int organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = await db.People.AsNoTracking().Where(p => p.OrganisationId == organisationId && !p.IsArchived)
            .OrderBy(p => p.JobTitle).ThenBy(p => p.FullName).ToListAsync(cancellationToken);
        return [.. people.Select(p => (p.Id, p.DisplayName))];
    }
}

using System.Globalization;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework;

/// <summary>
/// Shared by the framework use cases: finds the organisation named in the URL ("mps", "mopac"), checks the user's
/// access to it, and formats the URL pieces (organisation and year slugs) the framework pages use.
/// </summary>
public static class FrameworkScope
{
    /// <summary>The organisation whose code is <paramref name="slug"/> (any case), or 404.</summary>
    public static async Task<Organisation> OrganisationAsync(GovernancePortalDbContext db, string? slug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var code = (slug ?? string.Empty).Trim().ToUpperInvariant();
        return await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == code, cancellationToken)
            ?? throw new NotFoundException("There is no organisation with this code.");
    }

    /// <summary>The organisation, after checking the user holds <paramref name="permission"/> for it (403 otherwise).</summary>
    public static async Task<Organisation> OrganisationAsync(
        GovernancePortalDbContext db, ICurrentUser user, string? slug, Permission permission, CancellationToken cancellationToken)
    {
        var organisation = await OrganisationAsync(db, slug, cancellationToken);
        AccessMatrix.Demand(user, permission, organisation.Code);
        return organisation;
    }

    /// <summary>Throws 403 unless the user may read this year (drafts only within their own organisations).</summary>
    public static void DemandViewYear(ICurrentUser user, Organisation organisation, FrameworkYear? year)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (!AccessMatrix.CanViewYear(user, organisation.Code, year?.IsPublished ?? false))
        {
            throw new ForbiddenException($"{organisation.ShortName}'s framework for this year is not published yet.");
        }
    }

    /// <summary>
    /// The year of the organisation's framework a page shows: the one named by <paramref name="yearSlug"/> ("2016-17"),
    /// or the latest the user may see; with every year the user may see. 403 when the user may not read the framework
    /// (or this draft), 404 when the year does not exist.
    /// </summary>
    public static async Task<(YearSummary Year, IReadOnlyList<YearSummary> Visible)> YearAsync(
        GovernancePortalDbContext db, ICurrentUser user, Organisation organisation, string? yearSlug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        if (!AccessMatrix.Allows(user, Permission.ViewFramework, organisation.Code) && !AccessMatrix.Allows(user, Permission.EditFramework, organisation.Code))
        {
            throw new ForbiddenException($"You do not have permission to view {organisation.ShortName}'s framework.");
        }

        var years = await db.FrameworkYears.AsNoTracking().Where(y => y.OrganisationId == organisation.Id).ToListAsync(cancellationToken);
        var visible = ListFrameworksHandler.VisibleYears(user, organisation, years);
        if (yearSlug is null)
        {
            return (visible.FirstOrDefault() ?? throw new NotFoundException($"{organisation.ShortName} has no framework year you can see yet."), visible);
        }

        var wanted = ParseYear(yearSlug) ?? throw new NotFoundException("That is not a reporting year.");
        var record = years.SingleOrDefault(y => y.Year == wanted) ?? throw new NotFoundException($"{organisation.ShortName} has no framework for {wanted}.");
        DemandViewYear(user, organisation, record);
        return (visible.Single(y => y.Year == wanted), visible);
    }

    /// <summary>Throws a validation-style domain error unless the year exists and is a draft (published years are read-only).</summary>
    public static async Task<FrameworkYear> DraftYearAsync(GovernancePortalDbContext db, int organisationId, ReportingYear year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var record = await db.FrameworkYears.AsNoTracking().SingleOrDefaultAsync(y => y.OrganisationId == organisationId && y.Year == year, cancellationToken)
            ?? throw new NotFoundException($"The framework has no {year} year.");
        if (record.IsPublished)
        {
            throw new ForbiddenException($"The {year} framework is published, so its text can no longer be changed.");
        }

        return record;
    }

    public static string Slug(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return organisation.Code.ToLowerInvariant();
    }

    /// <summary>"2016-17": the year as it appears in URLs.</summary>
    public static string YearSlug(ReportingYear year) =>
        string.Create(CultureInfo.InvariantCulture, $"{year.StartYear}-{(year.StartYear + 1) % 100:00}");

    /// <summary>Parses a year slug ("2016-17") or returns null.</summary>
    public static ReportingYear? ParseYear(string? slug) => ReportingYear.TryParse(slug, out var year) ? year : null;
}

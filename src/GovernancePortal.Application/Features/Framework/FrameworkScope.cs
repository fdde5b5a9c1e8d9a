using System.Globalization;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework;

/// <summary>
/// Shared by the framework use cases: finds the organisation named in the URL ("mps", "mopac"), holds the draft-year
/// visibility rule, and formats the slugs (organisation and year) the framework pages put in their links. The
/// permission a use case needs is checked before it runs, by <see cref="AuthorizationBehavior{TMessage, TResponse}"/>.
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

    /// <summary>True when the user may read the organisation's framework at all (any published year).</summary>
    public static bool CanRead(ICurrentUser user, string organisationCode) =>
        AccessMatrix.Allows(user, Permission.ViewFramework, organisationCode) || AccessMatrix.Allows(user, Permission.EditFramework, organisationCode);

    /// <summary>
    /// The draft-year visibility rule: published years are for everyone who may read the framework, drafts only for the
    /// organisation's own people.
    /// </summary>
    public static bool CanViewYear(ICurrentUser user, string organisationCode, FrameworkYear? year) =>
        AccessMatrix.CanViewYear(user, organisationCode, year?.IsPublished ?? false);

    /// <summary>Throws 403 unless the user may read this year (<see cref="CanViewYear"/>).</summary>
    public static void DemandViewYear(ICurrentUser user, Organisation organisation, FrameworkYear? year)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (!CanViewYear(user, organisation.Code, year))
        {
            throw new ForbiddenException($"{organisation.ShortName}'s framework for this year is not published yet.");
        }
    }

    /// <summary>The years of one organisation the user may see (<see cref="CanViewYear"/>), latest first.</summary>
    public static IReadOnlyList<YearSummary> VisibleYears(ICurrentUser user, Organisation organisation, IEnumerable<FrameworkYear> years)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return [.. years
            .Where(y => CanViewYear(user, organisation.Code, y))
            .OrderByDescending(y => y.Year)
            .Select(YearSummary.Of)];
    }

    /// <summary>
    /// The year of the organisation's framework a page shows: the one named by <paramref name="yearSlug"/> ("2016-17"),
    /// or the latest the user may see; with every year the user may see. 403 for a draft the user may not see, 404
    /// when the year does not exist.
    /// </summary>
    public static async Task<(YearSummary Year, IReadOnlyList<YearSummary> Visible)> YearAsync(
        GovernancePortalDbContext db, ICurrentUser user, Organisation organisation, string? yearSlug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        var years = await db.FrameworkYears.AsNoTracking().Where(y => y.OrganisationId == organisation.Id).ToListAsync(cancellationToken);
        var visible = VisibleYears(user, organisation, years);
        if (yearSlug is null)
        {
            return (visible.FirstOrDefault() ?? throw new NotFoundException($"{organisation.ShortName} has no framework year you can see yet."), visible);
        }

        var wanted = ParseYear(yearSlug) ?? throw new NotFoundException("That is not a reporting year.");
        var record = years.SingleOrDefault(y => y.Year == wanted) ?? throw new NotFoundException($"{organisation.ShortName} has no framework for {wanted}.");
        DemandViewYear(user, organisation, record);
        return (visible.Single(y => y.Year == wanted), visible);
    }

    /// <summary>The year, if it exists and is a draft: published years are read-only (403), unknown ones 404.</summary>
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

    /// <summary>The user as recorded on the records they change: account display name and the time now.</summary>
    public static Task<Actor> ActorAsync(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, CancellationToken cancellationToken) =>
        CurrentActor.OfAsync(db, user, time, cancellationToken);

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

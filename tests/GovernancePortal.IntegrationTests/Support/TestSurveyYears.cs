using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Support;

/// <summary>
/// Reporting years for test surveys. An organisation has one survey per year (2000–2098), and tests that run side by
/// side on one database must never take the same year: a year is claimed here (per database and organisation, for the
/// whole test run) before the survey is made, so it is never handed out twice, saved or not.
/// </summary>
public static class TestSurveyYears
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, HashSet<int>> Claimed = new(StringComparer.Ordinal);

    /// <summary>Every possible start year, latest first.</summary>
    public static IEnumerable<int> LatestFirst => Enumerable.Range(ReportingYear.MinStartYear, ReportingYear.MaxStartYear - ReportingYear.MinStartYear + 1).Reverse();

    /// <summary>Claims the years <paramref name="choose"/> picks, given which years are free (no survey saved, none claimed).</summary>
    public static async Task<IReadOnlyList<ReportingYear>> ClaimAsync(GovernancePortalDbContext db, int organisationId, Func<Func<int, bool>, IEnumerable<int>> choose)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(choose);
        var saved = (await db.Surveys.AsNoTracking().Where(s => s.OrganisationId == organisationId).Select(s => s.Year).ToListAsync()).Select(y => y.StartYear).ToHashSet();
        var key = $"{db.Database.GetConnectionString()}|{organisationId}";
        lock (Gate)
        {
            if (!Claimed.TryGetValue(key, out var claimed))
            {
                Claimed[key] = claimed = [];
            }

            var chosen = choose(y => !saved.Contains(y) && !claimed.Contains(y)).ToList();
            if (chosen.Count == 0)
            {
                throw new InvalidOperationException("No reporting year is free for another test survey in this database: give these tests a portal of their own.");
            }

            claimed.UnionWith(chosen);
            return [.. chosen.Select(y => new ReportingYear(y))];
        }
    }

    /// <summary>The latest free year.</summary>
    public static async Task<ReportingYear> LatestFreeAsync(GovernancePortalDbContext db, int organisationId) =>
        (await ClaimAsync(db, organisationId, free => LatestFirst.Where(free).Take(1)))[0];
}

using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Recommendations.Model;

/// <summary>
/// The counts of an organisation's recommendations the summary page and the papers' "External recommendations
/// summary" section both show, worked out here once: open recommendations by strategic theme, source body and
/// delivery route; every recommendation by status; and how many reports the open ones come from.
/// </summary>
public sealed record RecommendationSummary(
    int Open,
    int Reports,
    IReadOnlyList<RecommendationSummary.Line> ByTheme,
    IReadOnlyList<RecommendationSummary.Line> BySource,
    IReadOnlyList<RecommendationSummary.Line> ByRoute,
    IReadOnlyList<RecommendationSummary.Line> ByStatus)
{
    public const string NoTheme = "No theme";
    public const string NoRoute = "Not decided";

    /// <summary>A row of a summary table: what is counted and how many.</summary>
    public sealed record Line(string Name, int Count);

    /// <summary>One recommendation as the summary counts it.</summary>
    public sealed record Item(int ReportId, string? Theme, int? ThemeOrder, string Source, int SourceOrder, DeliveryRoute? Route, RecommendationStatus Status);

    /// <summary>"12 open recommendations from 5 reports".</summary>
    public string Sentence =>
        $"{Open} open recommendation{(Open == 1 ? string.Empty : "s")} from {Reports} report{(Reports == 1 ? string.Empty : "s")}";

    /// <summary>
    /// The organisation's summary now, or as at <paramref name="asAt"/> (each recommendation's status on that day from
    /// its history; those not yet raised are left out).
    /// </summary>
    public static async Task<RecommendationSummary> LoadAsync(GovernancePortalDbContext db, int organisationId, DateOnly? asAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var recommendations = await db.Recommendations.AsNoTracking().AsSplitQuery()
            .Include(r => r.Report!).ThenInclude(r => r.Source)
            .Include(r => r.Theme).Include(r => r.History)
            .Where(r => r.OrganisationId == organisationId)
            .ToListAsync(cancellationToken);
        var items = new List<Item>();
        foreach (var r in recommendations)
        {
            var status = asAt is { } day ? r.StatusOn(day) : r.Status;
            if (status is { } s)
            {
                items.Add(new Item(r.ReportId, r.Theme?.Name, r.Theme?.SortOrder, r.Report!.Source!.Name, r.Report.Source.SortOrder, r.DeliveryRoute, s));
            }
        }

        return Of(items);
    }

    /// <summary>The summary of these recommendations.</summary>
    public static RecommendationSummary Of(IReadOnlyCollection<Item> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var open = items.Where(i => i.Status != RecommendationStatus.Closed).ToList();
        return new RecommendationSummary(
            open.Count,
            open.Select(i => i.ReportId).Distinct().Count(),
            [.. open.GroupBy(i => (i.Theme, i.ThemeOrder)).OrderBy(g => g.Key.Theme is null).ThenBy(g => g.Key.ThemeOrder).ThenBy(g => g.Key.Theme, StringComparer.Ordinal)
                .Select(g => new Line(g.Key.Theme ?? NoTheme, g.Count()))],
            [.. open.GroupBy(i => (i.Source, i.SourceOrder)).OrderBy(g => g.Key.SourceOrder).ThenBy(g => g.Key.Source, StringComparer.Ordinal)
                .Select(g => new Line(g.Key.Source, g.Count()))],
            [.. open.GroupBy(i => i.Route).OrderBy(g => g.Key is null).ThenBy(g => g.Key)
                .Select(g => new Line(g.Key?.DisplayName() ?? NoRoute, g.Count()))],
            [.. Enum.GetValues<RecommendationStatus>().Select(s => new Line(s.DisplayName(), items.Count(i => i.Status == s)))]);
    }
}

using System.Globalization;
using GovernancePortal.Application.Features.Recommendations.Model;

namespace GovernancePortal.Application.Features.Papers.Model;

/// <summary>The "External recommendations summary" section: the tables of the recommendations summary page, as at the report date.</summary>
internal sealed partial class PaperGenerators
{
    private async Task<IReadOnlyList<DocBlock>> RecommendationSummaryAsync(CancellationToken cancellationToken)
    {
        var asAt = AsAt;
        var summary = await RecommendationSummary.LoadAsync(db, paper.OrganisationId, asAt, cancellationToken);
        return RecommendationTables(summary, PaperComposer.Date(asAt));
    }

    /// <summary>The summary's tables: by theme (with a total row), by source body, by delivery route and by status.</summary>
    internal static IReadOnlyList<DocBlock> RecommendationTables(RecommendationSummary summary, string asAt)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.ByStatus.All(s => s.Count == 0))
        {
            return [new DocNote($"No external recommendations were in the register on {asAt}.")];
        }

        static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
        static IReadOnlyList<IReadOnlyList<DocCell>> Rows(IEnumerable<RecommendationSummary.Line> lines) =>
            [.. lines.Select(l => (IReadOnlyList<DocCell>)[DocCell.Of(l.Name), DocCell.Of(Count(l.Count))])];

        return
        [
            DocParagraph.Of($"As at {asAt}: {summary.Sentence}."),
            new DocTable(
                "Open recommendations by strategic theme",
                [new DocColumn("Strategic theme", 4), new DocColumn("Open", 1)],
                [.. Rows(summary.ByTheme), [DocCell.Of("Total"), DocCell.Of(Count(summary.Open))]]),
            new DocTable("Open recommendations by source body", [new DocColumn("Source body", 4), new DocColumn("Open", 1)], Rows(summary.BySource)),
            new DocTable("Open recommendations by delivery route", [new DocColumn("Delivery route", 4), new DocColumn("Open", 1)], Rows(summary.ByRoute)),
            new DocTable("All recommendations by status", [new DocColumn("Status", 4), new DocColumn("Recommendations", 1)], Rows(summary.ByStatus)),
        ];
    }
}

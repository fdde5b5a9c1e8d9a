using GovernancePortal.Application.Features.Improvement.Import;

namespace GovernancePortal.Application.Features.Recommendations.Import;

/// <summary>What a column of an imported file of recommendations can hold.</summary>
public enum RecommendationField
{
    SourceBody,
    ReportTitle,
    ReportDate,
    ReportReference,
    Reference,
    Text,
    Priority,
    Theme,
    DeliveryRoute,
    DeliveryDetail,
    Owner,
    OriginalDueDate,
    DueDate,
    Status,
    ClosedOn,
}

/// <summary>A field of the mapping form: its label, a hint and whether the import needs it.</summary>
public sealed record RecommendationFieldInfo(RecommendationField Field, string Label, string Hint, bool Required = false);

/// <summary>
/// Which column of the file holds each field of a recommendation (by heading): guessed from the headings (the
/// export's own, and the ones registers commonly use: docs/recommendations.md lists them), then chosen by the user.
/// </summary>
public sealed class RecommendationImportMapping : ImportColumns<RecommendationField>
{
    public static IReadOnlyList<RecommendationFieldInfo> Fields { get; } =
    [
        new(RecommendationField.SourceBody, "Source body", "Who made the recommendation: HMICFRS, internal audit, IOPC… A body not in the organisation's list is added.", Required: true),
        new(RecommendationField.ReportTitle, "Report title", "The report is found by source body, title and date, or added.", Required: true),
        new(RecommendationField.Reference, "Reference", "The recommendation's reference within its report, like R3 or AFI 2.", Required: true),
        new(RecommendationField.Text, "Recommendation", "What the report recommends.", Required: true),
        new(RecommendationField.ReportDate, "Report date", "The date the report was published."),
        new(RecommendationField.ReportReference, "Report reference", "The source body's own reference for the report (kept when the report is added)."),
        new(RecommendationField.Priority, "Priority", "High, medium or low (also Essential, Important, Advisory; P1, P2, P3)."),
        new(RecommendationField.Theme, "Theme", "The strategic theme. A theme not in the organisation's list is added."),
        new(RecommendationField.DeliveryRoute, "Delivery route", "Programme, local improvement, policy change or other."),
        new(RecommendationField.DeliveryDetail, "Programme or delivery detail", "The programme's name (needed when the route is a programme), or any detail of the route."),
        new(RecommendationField.Owner, "Owner", "A post or name: matched to the organisation's people, else kept as written."),
        new(RecommendationField.OriginalDueDate, "Original due date", "The date first agreed. Left out, it is the due date."),
        new(RecommendationField.DueDate, "Due date", "The date now in force."),
        new(RecommendationField.Status, "Status", "Open, in progress, proposed for closure or closed. Left out, open."),
        new(RecommendationField.ClosedOn, "Closed on", "For closed recommendations: the day they closed. Left out, the day of the import."),
    ];

    private static readonly Dictionary<string, RecommendationField> Headings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["source body"] = RecommendationField.SourceBody,
        ["source"] = RecommendationField.SourceBody,
        ["body"] = RecommendationField.SourceBody,
        ["source organisation"] = RecommendationField.SourceBody,
        ["issued by"] = RecommendationField.SourceBody,
        ["reporting body"] = RecommendationField.SourceBody,
        ["report title"] = RecommendationField.ReportTitle,
        ["report"] = RecommendationField.ReportTitle,
        ["report name"] = RecommendationField.ReportTitle,
        ["title"] = RecommendationField.ReportTitle,
        ["report date"] = RecommendationField.ReportDate,
        ["date of report"] = RecommendationField.ReportDate,
        ["published"] = RecommendationField.ReportDate,
        ["published on"] = RecommendationField.ReportDate,
        ["publication date"] = RecommendationField.ReportDate,
        ["date published"] = RecommendationField.ReportDate,
        ["report reference"] = RecommendationField.ReportReference,
        ["report ref"] = RecommendationField.ReportReference,
        ["report number"] = RecommendationField.ReportReference,
        ["report no"] = RecommendationField.ReportReference,
        ["reference"] = RecommendationField.Reference,
        ["ref"] = RecommendationField.Reference,
        ["recommendation reference"] = RecommendationField.Reference,
        ["recommendation ref"] = RecommendationField.Reference,
        ["rec ref"] = RecommendationField.Reference,
        ["recommendation number"] = RecommendationField.Reference,
        ["recommendation no"] = RecommendationField.Reference,
        ["rec no"] = RecommendationField.Reference,
        ["no"] = RecommendationField.Reference,
        ["recommendation"] = RecommendationField.Text,
        ["recommendation text"] = RecommendationField.Text,
        ["text"] = RecommendationField.Text,
        ["description"] = RecommendationField.Text,
        ["priority"] = RecommendationField.Priority,
        ["priority rating"] = RecommendationField.Priority,
        ["rating"] = RecommendationField.Priority,
        ["risk rating"] = RecommendationField.Priority,
        ["theme"] = RecommendationField.Theme,
        ["strategic theme"] = RecommendationField.Theme,
        ["category"] = RecommendationField.Theme,
        ["delivery route"] = RecommendationField.DeliveryRoute,
        ["route"] = RecommendationField.DeliveryRoute,
        ["delivery"] = RecommendationField.DeliveryRoute,
        ["delivered through"] = RecommendationField.DeliveryRoute,
        ["delivery detail"] = RecommendationField.DeliveryDetail,
        ["programme"] = RecommendationField.DeliveryDetail,
        ["programme name"] = RecommendationField.DeliveryDetail,
        ["program"] = RecommendationField.DeliveryDetail,
        ["owner"] = RecommendationField.Owner,
        ["recommendation owner"] = RecommendationField.Owner,
        ["lead"] = RecommendationField.Owner,
        ["responsible"] = RecommendationField.Owner,
        ["responsible officer"] = RecommendationField.Owner,
        ["original due date"] = RecommendationField.OriginalDueDate,
        ["original date"] = RecommendationField.OriginalDueDate,
        ["due date"] = RecommendationField.DueDate,
        ["due"] = RecommendationField.DueDate,
        ["target date"] = RecommendationField.DueDate,
        ["deadline"] = RecommendationField.DueDate,
        ["revised date"] = RecommendationField.DueDate,
        ["revised due date"] = RecommendationField.DueDate,
        ["current due date"] = RecommendationField.DueDate,
        ["status"] = RecommendationField.Status,
        ["current status"] = RecommendationField.Status,
        ["closed on"] = RecommendationField.ClosedOn,
        ["date closed"] = RecommendationField.ClosedOn,
        ["closure date"] = RecommendationField.ClosedOn,
    };

    public RecommendationImportMapping(IReadOnlyDictionary<RecommendationField, string> columns)
        : base(columns)
    {
    }

    /// <summary>The headings the importer knows, for the file's header row and the docs.</summary>
    public static IReadOnlyDictionary<string, RecommendationField> KnownHeadings => Headings;

    public static RecommendationField? FieldForHeading(string? heading) => ImportHeadings.FieldFor(Headings, heading);

    public static RecommendationImportMapping Guess(IReadOnlyList<string> headings) =>
        new(ImportHeadings.Guess(headings, Headings, RecommendationField.OriginalDueDate, RecommendationField.DueDate));

    public static RecommendationImportMapping? FromJson(string? json) =>
        ImportHeadings.ReadJson<RecommendationField>(json) is { } columns ? new RecommendationImportMapping(columns) : null;

    /// <summary>A file of recommendations as a table (its header row found by these headings).</summary>
    public static ImportTable Read(byte[] content) => ImportTable.Read(content, h => FieldForHeading(h) is not null);
}

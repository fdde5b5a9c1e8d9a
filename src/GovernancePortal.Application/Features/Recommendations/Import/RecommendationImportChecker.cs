using System.Globalization;
using System.Text.Json;
using GovernancePortal.Application.Features.Improvement.Import;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Domain.Text;

namespace GovernancePortal.Application.Features.Recommendations.Import;

/// <summary>A report a file names that the organisation does not have yet: it is added when the import is confirmed.</summary>
public sealed record NewReport(string Source, string Title, DateOnly? PublishedOn);

/// <summary>A recommendation a valid row would add, with its report, source body and theme by name (found or added on import).</summary>
public sealed record PlannedRecommendation(
    int Row,
    string Source,
    string ReportTitle,
    DateOnly? ReportDate,
    string? ReportReference,
    bool IsNewReport,
    string Reference,
    string Text,
    RecommendationPriority? Priority,
    string? Theme,
    DeliveryRoute? Route,
    string? DeliveryDetail,
    int? OwnerId,
    string? OwnerText,
    DateOnly? OriginalDueDate,
    DateOnly? DueDate,
    RecommendationStatus Status,
    DateOnly? ClosedOn);

public sealed record RecommendationRowResult(int Row, IReadOnlyList<ImportError> Errors, PlannedRecommendation? Recommendation);

/// <summary>
/// The outcome of a dry run (or an import) of recommendations, stored on the batch as JSON: the counts, the source
/// bodies, themes and reports that would be added, and the first <see cref="ImportReport.MaxErrorsKept"/> problems.
/// </summary>
public sealed record RecommendationImportReport
{
    public int Rows { get; init; }

    public int Checked { get; init; }

    public int RowsWithErrors { get; init; }

    public int ProblemCount { get; init; }

    /// <summary>The organisation has no source bodies yet: the default list is added first.</summary>
    public bool SeedsDefaultSources { get; init; }

    public List<string> NewSources { get; init; } = [];

    public List<string> NewThemes { get; init; } = [];

    public List<NewReport> NewReports { get; init; } = [];

    public List<ImportError> Errors { get; init; } = [];

    /// <summary>Recommendations written by the import (0 until it is done).</summary>
    public int Imported { get; init; }

    public int WouldAdd => Checked - RowsWithErrors;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static RecommendationImportReport? FromJson(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<RecommendationImportReport>(json, Json);

    /// <summary>This report with another chunk's results added.</summary>
    public RecommendationImportReport Add(IReadOnlyList<RecommendationRowResult> results, RecommendationImportContext context)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(context);
        var valid = results.Where(r => r.Errors.Count == 0).Select(r => r.Recommendation!).ToList();
        return this with
        {
            Checked = Checked + results.Count,
            RowsWithErrors = RowsWithErrors + results.Count(r => r.Errors.Count > 0),
            ProblemCount = ProblemCount + results.Sum(r => r.Errors.Count),
            SeedsDefaultSources = context.SeedsDefaultSources,
            Errors = [.. Errors, .. results.SelectMany(r => r.Errors).Take(Math.Max(0, ImportReport.MaxErrorsKept - Errors.Count))],
            NewSources = [.. NewSources.Concat(valid.Select(p => p.Source).Where(s => !context.Sources.Contains(s, StringComparer.OrdinalIgnoreCase))).Distinct(StringComparer.OrdinalIgnoreCase)],
            NewThemes = [.. NewThemes.Concat(valid.Select(p => p.Theme).OfType<string>().Where(t => !context.Themes.Contains(t, StringComparer.OrdinalIgnoreCase))).Distinct(StringComparer.OrdinalIgnoreCase)],
            NewReports = [.. NewReports.Concat(valid.Where(p => p.IsNewReport).Select(p => new NewReport(p.Source, p.ReportTitle, p.ReportDate))).DistinctBy(r => RecommendationImportChecker.ReportKey(r.Source, r.Title, r.PublishedOn))],
        };
    }
}

/// <summary>A report the organisation has, by its source body's name.</summary>
public sealed record ExistingReport(int Id, string Source, string Title, DateOnly? PublishedOn);

/// <summary>
/// What the rows are checked against: the organisation's source bodies (the defaults when it has none yet), themes,
/// reports and the references already in each, and its people.
/// </summary>
public sealed record RecommendationImportContext(
    IReadOnlyList<string> Sources,
    bool SeedsDefaultSources,
    IReadOnlyList<string> Themes,
    IReadOnlyList<ExistingReport> Reports,
    IReadOnlyDictionary<int, IReadOnlySet<string>> References,
    IReadOnlyList<ImportPerson> People);

/// <summary>
/// Checks the rows of a file of recommendations and turns each valid row into a <see cref="PlannedRecommendation"/>.
/// Pure, like the improvement import's checker, so the dry run and the import run the very same rules.
/// </summary>
public sealed class RecommendationImportChecker
{
    private readonly ImportTable _table;
    private readonly RecommendationImportContext _context;
    private readonly Dictionary<RecommendationField, int?> _columns;
    private readonly Dictionary<string, ExistingReport> _reports = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The spelling each name is written with: the organisation's own, else the file's first.</summary>
    private readonly Dictionary<string, string> _sources = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _themes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The first row of each report and reference, for duplicates within the file.</summary>
    private readonly Dictionary<string, int> _firstRowOfReference = new(StringComparer.OrdinalIgnoreCase);

    public RecommendationImportChecker(ImportTable table, RecommendationImportMapping mapping, RecommendationImportContext context)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(context);
        _table = table;
        _context = context;
        _columns = Enum.GetValues<RecommendationField>().ToDictionary(f => f, f => mapping.ColumnOf(f, table.Headings));
        foreach (var name in context.Sources)
        {
            _sources.TryAdd(name, name);
        }

        foreach (var name in context.Themes)
        {
            _themes.TryAdd(name, name);
        }

        foreach (var report in context.Reports)
        {
            _reports.TryAdd(ReportKey(report.Source, report.Title, report.PublishedOn), report);
        }

        foreach (var row in table.Rows)
        {
            var source = CleanText.SingleLine(Cell(row, RecommendationField.SourceBody));
            if (source.Length > 0)
            {
                _sources.TryAdd(source, source);
            }

            var theme = CleanText.SingleLine(Cell(row, RecommendationField.Theme));
            if (theme.Length > 0)
            {
                _themes.TryAdd(theme, theme);
            }

            var reference = CleanText.SingleLine(Cell(row, RecommendationField.Reference));
            if (reference.Length > 0)
            {
                ImportValues.TryDate(CleanText.SingleLine(Cell(row, RecommendationField.ReportDate)), table.Format, out var date);
                var key = ReportKey(source, CleanText.SingleLine(Cell(row, RecommendationField.ReportTitle)), date == default ? null : date);
                _firstRowOfReference.TryAdd(key + "\u001f" + reference, row.Number);
            }
        }
    }

    /// <summary>A report's identity: source body, title and date (case does not matter).</summary>
    public static string ReportKey(string source, string title, DateOnly? date) =>
        string.Join('\u001f', source.ToUpperInvariant(), title.ToUpperInvariant(), date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);

    /// <summary>Checks the rows from <paramref name="start"/> (a zero-based index into the data rows), at most <paramref name="count"/>.</summary>
    public IReadOnlyList<RecommendationRowResult> Check(int start, int count) =>
        [.. _table.Rows.Skip(start).Take(count).Select(CheckRow)];

    private string Cell(ImportRow row, RecommendationField field) => row.Cell(_columns[field]);

    private string Heading(RecommendationField field) =>
        _columns[field] is { } c ? _table.Headings[c] : RecommendationImportMapping.Fields.Single(f => f.Field == field).Label;

    private RecommendationRowResult CheckRow(ImportRow row)
    {
        var errors = new List<ImportError>();
        void Fail(RecommendationField field, string message) => errors.Add(new ImportError(row.Number, Heading(field), message));

        var source = Name(row, RecommendationField.SourceBody, "source body", RecommendationSource.NameMaxLength, required: true, _sources, Fail);
        var title = CleanText.SingleLine(Cell(row, RecommendationField.ReportTitle));
        if (title.Length == 0)
        {
            Fail(RecommendationField.ReportTitle, "the report title is empty");
        }
        else if (title.Length > SourceReport.TitleMaxLength)
        {
            Fail(RecommendationField.ReportTitle, $"the report title is longer than {SourceReport.TitleMaxLength} characters");
        }

        var reportDate = Date(row, RecommendationField.ReportDate, "report date", Fail);
        var reportReference = CleanText.OptionalLine(Cell(row, RecommendationField.ReportReference));
        if (reportReference?.Length > SourceReport.ReferenceMaxLength)
        {
            Fail(RecommendationField.ReportReference, $"the report reference is longer than {SourceReport.ReferenceMaxLength} characters");
        }

        var key = ReportKey(source ?? string.Empty, title, reportDate);
        var existing = _reports.GetValueOrDefault(key);

        // Reference: present, once per report in the file, not already in the register.
        var reference = CleanText.SingleLine(Cell(row, RecommendationField.Reference));
        if (reference.Length == 0)
        {
            Fail(RecommendationField.Reference, "the reference is empty");
        }
        else if (reference.Length > Recommendation.ReferenceMaxLength)
        {
            Fail(RecommendationField.Reference, $"the reference is longer than {Recommendation.ReferenceMaxLength} characters");
        }
        else if (_firstRowOfReference.TryGetValue(key + "\u001f" + reference, out var first) && first != row.Number)
        {
            Fail(RecommendationField.Reference, $"reference '{Shorten(reference)}' of this report is also on row {first.ToString(CultureInfo.InvariantCulture)}");
        }
        else if (existing is not null && _context.References.TryGetValue(existing.Id, out var taken) && taken.Contains(reference))
        {
            Fail(RecommendationField.Reference, $"reference '{Shorten(reference)}' of this report is already in the register (an import only adds recommendations)");
        }

        var text = CleanText.Multiline(Cell(row, RecommendationField.Text));
        if (text.Length == 0)
        {
            Fail(RecommendationField.Text, "the recommendation is empty");
        }
        else if (text.Length > Recommendation.TextMaxLength)
        {
            Fail(RecommendationField.Text, $"the recommendation is longer than {Recommendation.TextMaxLength:N0} characters");
        }

        var priorityText = CleanText.SingleLine(Cell(row, RecommendationField.Priority));
        if (!RecommendationImportValues.TryPriority(priorityText, out var priority))
        {
            Fail(RecommendationField.Priority, $"priority '{Shorten(priorityText)}' is not High, Medium or Low");
        }

        var theme = Name(row, RecommendationField.Theme, "theme", RecommendationTheme.NameMaxLength, required: false, _themes, Fail);

        var (route, detail) = Route(row, Fail);

        var ownerText = CleanText.OptionalLine(Cell(row, RecommendationField.Owner));
        var owner = ownerText is null ? null : FindPerson(ownerText);
        if (owner is null && ownerText?.Length > Recommendation.OwnerTextMaxLength)
        {
            Fail(RecommendationField.Owner, $"the owner is longer than {Recommendation.OwnerTextMaxLength} characters");
        }

        var original = Date(row, RecommendationField.OriginalDueDate, "original due date", Fail);
        var due = Date(row, RecommendationField.DueDate, "due date", Fail);

        var statusText = CleanText.SingleLine(Cell(row, RecommendationField.Status));
        if (!RecommendationImportValues.TryStatus(statusText, out var status))
        {
            Fail(RecommendationField.Status, $"status '{Shorten(statusText)}' is not one of: {string.Join(", ", Enum.GetValues<RecommendationStatus>().Select(s => s.DisplayName()))}");
        }

        var closedOn = Date(row, RecommendationField.ClosedOn, "closed on", Fail);
        if (closedOn is not null && status != RecommendationStatus.Closed && errors.All(e => e.Column != Heading(RecommendationField.Status)))
        {
            Fail(RecommendationField.ClosedOn, $"a closing date is given but the status is {status.DisplayName().ToLowerInvariant()}");
        }

        if (errors.Count > 0)
        {
            return new RecommendationRowResult(row.Number, errors, null);
        }

        return new RecommendationRowResult(row.Number, errors, new PlannedRecommendation(
            row.Number, source!, title, reportDate, reportReference, existing is null, reference, text, priority, theme, route, detail,
            owner?.Id, owner is null ? ownerText : null, original ?? due, due ?? original, status, closedOn));
    }

    /// <summary>A source body or theme, in the spelling the organisation (or else the file) first uses.</summary>
    private string? Name(ImportRow row, RecommendationField field, string what, int maxLength, bool required, Dictionary<string, string> spellings, Action<RecommendationField, string> fail)
    {
        var text = CleanText.SingleLine(Cell(row, field));
        if (text.Length == 0)
        {
            if (required)
            {
                fail(field, $"the {what} is empty");
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            fail(field, $"the {what} is longer than {maxLength} characters");
            return null;
        }

        return spellings.GetValueOrDefault(text, text);
    }

    /// <summary>
    /// The route and its detail: "Programme" with the programme named in the detail column (or after a colon, as in
    /// "Programme: Met Transformation"); an empty route with a programme named is a programme.
    /// </summary>
    private (DeliveryRoute? Route, string? Detail) Route(ImportRow row, Action<RecommendationField, string> fail)
    {
        var routeText = CleanText.SingleLine(Cell(row, RecommendationField.DeliveryRoute));
        var detail = CleanText.OptionalLine(Cell(row, RecommendationField.DeliveryDetail));
        if (!RecommendationImportValues.TryRoute(routeText, out var route, out var inCell))
        {
            fail(RecommendationField.DeliveryRoute, $"delivery route '{Shorten(routeText)}' is not one of: {string.Join(", ", Enum.GetValues<DeliveryRoute>().Select(r => r.DisplayName()))}");
            return (null, null);
        }

        detail ??= inCell;
        route ??= detail is null ? null : DeliveryRoute.Programme;
        if (detail?.Length > Recommendation.DetailMaxLength)
        {
            fail(RecommendationField.DeliveryDetail, $"the delivery detail is longer than {Recommendation.DetailMaxLength} characters");
        }
        else if (route == DeliveryRoute.Programme && detail is null)
        {
            fail(RecommendationField.DeliveryRoute, "the route is a programme but no programme is named (give its name in a Programme column)");
        }

        return (route, detail);
    }

    /// <summary>A person of the organisation whose post, name or "name (post)" is the owner text; current posts first.</summary>
    private ImportPerson? FindPerson(string text) =>
        _context.People.OrderBy(p => p.IsArchived).FirstOrDefault(p =>
            string.Equals(p.JobTitle, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(p.FullName, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(p.DisplayName, text, StringComparison.OrdinalIgnoreCase));

    private DateOnly? Date(ImportRow row, RecommendationField field, string name, Action<RecommendationField, string> fail)
    {
        var text = CleanText.SingleLine(Cell(row, field));
        if (text.Length == 0)
        {
            return null;
        }

        if (ImportValues.TryDate(text, _table.Format, out var date))
        {
            return date;
        }

        fail(field, $"{name} '{Shorten(text)}' is not a date (write it like 2019-03-31 or 31/03/2019)");
        return null;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..37] + "…" : text;
}

using System.Globalization;
using System.Text.Json;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Text;

namespace GovernancePortal.Application.Features.Improvement.Import;

/// <summary>A problem with one row: the row number as the file shows it, the file's column heading and the reason.</summary>
public sealed record ImportError(int Row, string? Column, string Message);

/// <summary>An area a row names that the plan does not have yet: it is added when the import is confirmed.</summary>
public sealed record ImportNewArea(string? Code, string Title);

/// <summary>
/// The outcome of a dry run (or an import), stored on the batch as JSON: the counts, the areas that would be added and
/// the first <see cref="MaxErrorsKept"/> problems.
/// </summary>
public sealed record ImportReport
{
    public const int MaxErrorsKept = 200;

    public int Rows { get; init; }

    public int Checked { get; init; }

    public int RowsWithErrors { get; init; }

    public int ProblemCount { get; init; }

    public List<ImportNewArea> NewAreas { get; init; } = [];

    public List<ImportError> Errors { get; init; } = [];

    /// <summary>The user chose to import the valid rows and leave the rows with errors out.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>Actions written by the import (0 until it is done).</summary>
    public int Imported { get; init; }

    /// <summary>Areas added by the import.</summary>
    public int AreasAdded { get; init; }

    public int WouldAdd => Checked - RowsWithErrors;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ImportReport? FromJson(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<ImportReport>(json, Json);

    /// <summary>This report with another chunk's results added.</summary>
    public ImportReport Add(IReadOnlyList<ImportRowResult> results) => this with
    {
        Checked = Checked + results.Count,
        RowsWithErrors = RowsWithErrors + results.Count(r => r.Errors.Count > 0),
        ProblemCount = ProblemCount + results.Sum(r => r.Errors.Count),
        Errors = [.. Errors, .. results.SelectMany(r => r.Errors).Take(Math.Max(0, MaxErrorsKept - Errors.Count))],
        NewAreas = [.. NewAreas, .. results.Where(r => r.Errors.Count == 0 && r.Action?.NewArea is not null).Select(r => r.Action!.NewArea!)
            .Where(a => !NewAreas.Contains(a)).Distinct()],
    };
}

/// <summary>An action a valid row would add.</summary>
public sealed record PlannedAction(
    int Row,
    int? AreaId,
    ImportNewArea? NewArea,
    string Code,
    string Description,
    int? OwnerId,
    string? OwnerText,
    ActionSource? Source,
    string? SourceReference,
    DateOnly? OriginalDueDate,
    DateOnly? DueDate,
    int Revisions,
    ActionStatus Status,
    RagStatus? RagOverride,
    string? Progress);

public sealed record ImportRowResult(int Row, IReadOnlyList<ImportError> Errors, PlannedAction? Action);

public sealed record ImportArea(int Id, string? Code, string Title);

public sealed record ImportPerson(int Id, string JobTitle, string? FullName, string DisplayName, bool IsArchived);

/// <summary>What the rows are checked against: the organisation's code scheme, the plan's areas and codes, the people.</summary>
public sealed record ImportContext(
    string OrganisationShortName,
    ActionCodeScheme Scheme,
    IReadOnlyList<ImportArea> Areas,
    IReadOnlySet<string> ExistingCodes,
    IReadOnlyList<ImportPerson> People);

/// <summary>
/// Checks the rows of a file against the plan and turns each valid row into a <see cref="PlannedAction"/>. Pure: it
/// reads nothing and writes nothing, so the dry run and the import run the very same rules.
/// </summary>
public sealed class ImportChecker
{
    private readonly ImportTable _table;
    private readonly ImportContext _context;
    private readonly Dictionary<ImportField, int?> _columns;
    private readonly Dictionary<string, int> _firstRowOfCode = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>New areas the file names by code and title somewhere, so other rows may name them by code alone.</summary>
    private readonly Dictionary<string, string> _titlesOfNewAreas = new(StringComparer.OrdinalIgnoreCase);

    public ImportChecker(ImportTable table, ImportMapping mapping, ImportContext context)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(context);
        _table = table;
        _context = context;
        _columns = Enum.GetValues<ImportField>().ToDictionary(f => f, f => mapping.ColumnOf(f, table.Headings));
        foreach (var row in table.Rows)
        {
            var code = CodeOf(row);
            if (code.Length > 0)
            {
                _firstRowOfCode.TryAdd(code, row.Number);
            }

            var areaKey = CleanText.SingleLine(Cell(row, ImportField.AreaCode));
            var areaTitle = CleanText.SingleLine(Cell(row, ImportField.AreaTitle));
            if (areaKey.Length is > 0 and <= TextLimits.Code && areaTitle.Length is > 0 and <= TextLimits.Title)
            {
                _titlesOfNewAreas.TryAdd(areaKey, areaTitle);
            }
        }
    }

    /// <summary>Checks the rows from <paramref name="start"/> (a zero-based index into the data rows), at most <paramref name="count"/>.</summary>
    public IReadOnlyList<ImportRowResult> Check(int start, int count) =>
        [.. _table.Rows.Skip(start).Take(count).Select(CheckRow)];

    private string Cell(ImportRow row, ImportField field) => row.Cell(_columns[field]);

    private string Heading(ImportField field) => _columns[field] is { } c ? _table.Headings[c] : ImportMapping.Fields.Single(f => f.Field == field).Label;

    private string CodeOf(ImportRow row) => CleanText.SingleLine(Cell(row, ImportField.Code)).ToUpperInvariant();

    private ImportRowResult CheckRow(ImportRow row)
    {
        var errors = new List<ImportError>();
        void Fail(ImportField field, string message) => errors.Add(new ImportError(row.Number, Heading(field), message));

        // Code: present, in the organisation's scheme, once in the file, not already in the plan.
        var code = CodeOf(row);
        if (code.Length == 0)
        {
            Fail(ImportField.Code, "the action code is empty");
        }
        else if (!ActionCode.IsValid(_context.Scheme, code) || code.Length > TextLimits.Code)
        {
            Fail(ImportField.Code, $"code '{Shorten(code)}' does not fit {_context.OrganisationShortName}'s scheme ({ActionCode.Example(_context.Scheme)})");
        }
        else if (_firstRowOfCode.TryGetValue(code, out var first) && first != row.Number)
        {
            Fail(ImportField.Code, $"code '{code}' is also on row {first.ToString(CultureInfo.InvariantCulture)}");
        }
        else if (_context.ExistingCodes.Contains(code))
        {
            Fail(ImportField.Code, $"code '{code}' is already in the plan (an import only adds actions; it never changes one)");
        }

        var description = CleanText.Multiline(Cell(row, ImportField.Description));
        if (description.Length == 0)
        {
            Fail(ImportField.Description, "the description is empty");
        }
        else if (description.Length > TextLimits.LongText)
        {
            Fail(ImportField.Description, $"the description is longer than {TextLimits.LongText:N0} characters");
        }

        var (areaId, newArea) = FindArea(row, code, Fail);

        var ownerText = CleanText.OptionalLine(Cell(row, ImportField.Owner));
        var owner = ownerText is null ? null : FindPerson(ownerText);
        if (owner is null && ownerText?.Length > TextLimits.Name)
        {
            Fail(ImportField.Owner, $"the owner is longer than {TextLimits.Name} characters");
        }

        var sourceText = CleanText.SingleLine(Cell(row, ImportField.Source));
        if (!ImportValues.TrySource(sourceText, out var source))
        {
            Fail(ImportField.Source, $"source '{Shorten(sourceText)}' is not one of: {string.Join(", ", Enum.GetValues<ActionSource>().Select(s => s.DisplayName()))}");
        }

        var reference = CleanText.OptionalLine(Cell(row, ImportField.SourceReference));
        if (reference?.Length > ImprovementAction.ReferenceMaxLength)
        {
            Fail(ImportField.SourceReference, $"the source reference is longer than {ImprovementAction.ReferenceMaxLength} characters");
        }

        var original = Date(row, ImportField.OriginalDueDate, "original due date", Fail);
        var due = Date(row, ImportField.DueDate, "due date", Fail);

        var revisionsText = CleanText.SingleLine(Cell(row, ImportField.Revisions));
        if (!ImportValues.TryCount(revisionsText, out var revisions))
        {
            Fail(ImportField.Revisions, $"revisions '{Shorten(revisionsText)}' is not a whole number");
        }

        var statusText = CleanText.SingleLine(Cell(row, ImportField.Status));
        if (!ImportValues.TryStatus(statusText, out var status))
        {
            Fail(ImportField.Status, $"status '{Shorten(statusText)}' is not one of: {string.Join(", ", Enum.GetValues<ActionStatus>().Select(s => s.DisplayName()))}");
        }

        var ragText = CleanText.SingleLine(Cell(row, ImportField.Rag));
        if (!ImportValues.TryRag(ragText, out var rag))
        {
            Fail(ImportField.Rag, $"RAG '{Shorten(ragText)}' is not Red, Amber or Green");
        }

        var overriddenText = CleanText.SingleLine(Cell(row, ImportField.RagOverridden));
        if (!ImportValues.TryYesNo(overriddenText, out var overridden))
        {
            Fail(ImportField.RagOverridden, $"RAG overridden '{Shorten(overriddenText)}' is not Yes or No");
        }
        else if (overridden && rag is null && ImportValues.TryRag(ragText, out _))
        {
            Fail(ImportField.RagOverridden, "RAG overridden is Yes but there is no RAG rating");
        }
        else if (overridden && !status.IsOpen())
        {
            Fail(ImportField.RagOverridden, $"only open actions can have their RAG overridden, and this one is {status.DisplayName().ToLowerInvariant()}");
        }

        var progress = CleanText.Multiline(Cell(row, ImportField.Progress));
        if (progress.Length > TextLimits.LongText)
        {
            Fail(ImportField.Progress, $"the progress is longer than {TextLimits.LongText:N0} characters");
        }

        if (errors.Count > 0)
        {
            return new ImportRowResult(row.Number, errors, null);
        }

        return new ImportRowResult(row.Number, errors, new PlannedAction(
            row.Number, areaId, newArea, code, description, owner?.Id, owner is null ? ownerText : null, source, reference,
            original ?? due, due ?? original, revisions, status, overridden ? rag : null, progress.Length == 0 ? null : progress));
    }

    private (int? AreaId, ImportNewArea? NewArea) FindArea(ImportRow row, string code, Action<ImportField, string> fail)
    {
        var key = CleanText.SingleLine(Cell(row, ImportField.AreaCode));
        var title = CleanText.SingleLine(Cell(row, ImportField.AreaTitle));
        if (key.Length == 0 && title.Length == 0)
        {
            key = AreaCodeFromActionCode(code) ?? string.Empty;
        }

        var match = _context.Areas.FirstOrDefault(a => key.Length > 0 && string.Equals(a.Code, key, StringComparison.OrdinalIgnoreCase))
            ?? _context.Areas.FirstOrDefault(a => key.Length > 0 && string.Equals(a.Title, key, StringComparison.OrdinalIgnoreCase))
            ?? _context.Areas.FirstOrDefault(a => title.Length > 0 && string.Equals(a.Title, title, StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return (match.Id, null);
        }

        var looksLikeCode = key.Length is > 0 and <= TextLimits.Code && !key.Contains(' ', StringComparison.Ordinal);
        var newTitle = title.Length > 0 ? title
            : looksLikeCode ? _titlesOfNewAreas.GetValueOrDefault(key, string.Empty)
            : key;
        if (newTitle.Length == 0)
        {
            var field = _columns[ImportField.AreaCode] is null ? ImportField.Code : ImportField.AreaCode;
            fail(field, key.Length == 0
                ? "the row names no improvement area"
                : $"area '{Shorten(key)}' is not in the plan (to add it, give its title in an Area title column)");
            return (null, null);
        }

        if (newTitle.Length > TextLimits.Title)
        {
            fail(ImportField.AreaTitle, $"the area title is longer than {TextLimits.Title} characters");
            return (null, null);
        }

        return (null, new ImportNewArea(looksLikeCode ? key.ToUpperInvariant() : null, newTitle));
    }

    /// <summary>The Met's IA2-01 is in area IA2; MOPAC's F10 under principle F.</summary>
    private string? AreaCodeFromActionCode(string code)
    {
        if (!ActionCode.IsValid(_context.Scheme, code))
        {
            return null;
        }

        return _context.Scheme == ActionCodeScheme.AreaSequence ? code[..code.IndexOf('-', StringComparison.Ordinal)] : code[..1];
    }

    /// <summary>A person of the organisation whose post, name or "name (post)" is the owner text; current posts first.</summary>
    private ImportPerson? FindPerson(string text) =>
        _context.People.OrderBy(p => p.IsArchived).FirstOrDefault(p =>
            string.Equals(p.JobTitle, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(p.FullName, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(p.DisplayName, text, StringComparison.OrdinalIgnoreCase));

    private DateOnly? Date(ImportRow row, ImportField field, string name, Action<ImportField, string> fail)
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

using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Files;

namespace GovernancePortal.Application.Features.Improvement.Import;

public enum ImportFormat
{
    Csv,
    Xlsx,
}

/// <summary>A data row of an uploaded file: its row number as the file shows it, and its cells.</summary>
public sealed record ImportRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int? column) => column is { } c && c >= 0 && c < Cells.Count ? Cells[c] : string.Empty;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// An uploaded file (a plan, a register of recommendations) as a table: the header row (the first of the first ten rows that has at least two headings
/// the importer knows, or else the first non-blank row) and the non-blank data rows below it.
/// </summary>
public sealed record ImportTable(ImportFormat Format, int HeaderRowNumber, IReadOnlyList<string> Headings, IReadOnlyList<ImportRow> Rows)
{
    /// <summary>More data rows than this are refused (a 5 MB file of real plan rows is far fewer).</summary>
    public const int MaxRows = 50_000;

    /// <summary>What was wrong with a file that could not be read as a table, in words for the upload page.</summary>
    public sealed class UnreadableException(string message) : Exception(message);

    /// <summary>Reads a plan file: CSV (UTF-8) or XLSX by looking at the content, not the file name.</summary>
    public static ImportTable Read(byte[] content) => Read(content, h => ImportMapping.FieldForHeading(h) is not null);

    /// <summary>
    /// Reads CSV (UTF-8) or XLSX by looking at the content, not the file name; <paramref name="isKnownHeading"/> says
    /// which headings the importer knows (to find the header row).
    /// </summary>
    public static ImportTable Read(byte[] content, Func<string, bool> isKnownHeading)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(isKnownHeading);
        if (XlsxReader.LooksLikeZip(content))
        {
            IReadOnlyList<SheetRow> sheet;
            try
            {
                sheet = XlsxReader.Read(content, MaxRows + 10);
            }
            catch (InvalidDataException e)
            {
                throw new UnreadableException(e.Message);
            }

            return FromRows(ImportFormat.Xlsx, sheet.Select(r => new ImportRow(r.Number, [.. r.Cells.Select(Unguard)])), isKnownHeading);
        }

        return FromRows(ImportFormat.Csv, ReadCsv(content), isKnownHeading);
    }

    /// <summary>True when the bytes are a CSV file this importer reads: UTF-8 text without control characters.</summary>
    public static string? CsvText(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = CsvReader.DecodeUtf8(content);
        if (text is null)
        {
            return null;
        }

        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\r' or '\n' or '\t'))
            {
                return null;
            }
        }

        return text;
    }

    /// <summary>
    /// Undoes the spreadsheet-formula guard the CSV export adds (a single quote before =, +, -, @, tab or carriage
    /// return), so an exported register imports as it was.
    /// </summary>
    public static string Unguard(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && cell[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? cell[1..] : cell;

    private static IEnumerable<ImportRow> ReadCsv(byte[] content)
    {
        var text = CsvText(content) ?? throw new UnreadableException("The file is not a CSV file saved as UTF-8 text. In Excel, choose Save As and then CSV UTF-8 (Comma delimited), or upload the .xlsx file itself.");
        return CsvReader.Read(text).Select(r => new ImportRow(r.Number, [.. r.Fields.Select(Unguard)]));
    }

    private static ImportTable FromRows(ImportFormat format, IEnumerable<ImportRow> all, Func<string, bool> isKnownHeading)
    {
        var rows = all.Where(r => !r.IsBlank).Take(MaxRows + 11).ToList();
        if (rows.Count == 0)
        {
            throw new UnreadableException("The file is empty.");
        }

        var headerIndex = rows.Take(10).ToList().FindIndex(r => r.Cells.Count(isKnownHeading) >= 2);
        if (headerIndex < 0)
        {
            headerIndex = 0;
        }

        var header = rows[headerIndex];
        var data = rows.Skip(headerIndex + 1).ToList();
        if (data.Count > MaxRows)
        {
            throw new UnreadableException($"The file has more than {MaxRows:N0} rows. Split it into smaller files.");
        }

        var headings = header.Cells.Select((h, i) => Domain.Text.CleanText.SingleLine(h) is { Length: > 0 } text ? text : $"Column {i + 1}").ToList();
        var width = data.Count == 0 ? 0 : data.Max(r => r.Cells.Count);
        for (var i = headings.Count; i < width; i++)
        {
            headings.Add($"Column {i + 1}");
        }

        // Headings name columns in the mapping, so each must be unique: a repeated one gets its column number.
        for (var i = 1; i < headings.Count; i++)
        {
            if (headings.Take(i).Contains(headings[i], StringComparer.OrdinalIgnoreCase))
            {
                headings[i] = $"{headings[i]} (column {i + 1})";
            }
        }

        return new ImportTable(format, header.Number, headings, data);
    }

    /// <summary>The file's kind as people call it.</summary>
    public string FormatName => Format == ImportFormat.Xlsx ? "Excel workbook (.xlsx)" : "CSV";

    /// <summary>Is the file a size we accept?</summary>
    public static bool IsWithinLimit(long length) => length is > 0 and <= ImportBatch.MaxFileBytes;
}

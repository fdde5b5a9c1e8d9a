using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GovernancePortal.Infrastructure.Files;

/// <summary>One row of a worksheet: its row number as the spreadsheet shows it, and its cells from column A on.</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells);

/// <summary>
/// Reads the first worksheet of an Excel workbook (.xlsx) as text: shared and inline strings, numbers in invariant
/// form (so a date is its serial number, e.g. 43555 for 31 March 2019), booleans as TRUE/FALSE and formulas as their
/// last calculated value. The worksheet is streamed, and the package is checked first so a small file that would
/// expand to gigabytes (a "zip bomb") is refused.
/// </summary>
public static class XlsxReader
{
    /// <summary>The most a workbook may expand to when unzipped.</summary>
    public const long MaxUncompressedBytes = 200L * 1024 * 1024;

    /// <summary>True when the bytes start like a zip archive (every .xlsx is one).</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]);

    /// <summary>The rows of the first worksheet; throws <see cref="InvalidDataException"/> when it is not a workbook.</summary>
    public static IReadOnlyList<SheetRow> Read(byte[] content, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(content);
        CheckPackage(content);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no sheets.");
            var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new InvalidDataException("The workbook has no sheets.");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id?.Value ?? throw new InvalidDataException("The workbook has no sheets."));
            var shared = SharedStrings(workbook);
            return ReadRows(part, shared, maxRows);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidOperationException or ArgumentException or FormatException or System.Xml.XmlException or KeyNotFoundException or InvalidCastException)
        {
            throw new InvalidDataException("The file is not an Excel workbook that can be read.", e);
        }
    }

    /// <summary>A zero-based column index from a cell reference such as "C7" (null when there is none).</summary>
    public static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = (index * 26) + (c - 'A' + 1);
                letters++;
            }
            else
            {
                break;
            }
        }

        return letters is 0 or > 3 ? null : index - 1;
    }

    private static void CheckPackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUncompressedBytes)
                {
                    throw new InvalidDataException("The workbook is too large once unzipped.");
                }
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                throw new InvalidDataException("The file is a zip archive, not an Excel workbook.");
            }
        }
        catch (Exception e) when (e is not InvalidDataException)
        {
            throw new InvalidDataException("The file is not an Excel workbook that can be read.", e);
        }
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(Text((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }

        return strings;
    }

    private static List<SheetRow> ReadRows(WorksheetPart part, List<string> shared, int maxRows)
    {
        var rows = new List<SheetRow>();
        var lastNumber = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index ? (int)index : lastNumber + 1;
            lastNumber = number;
            var cells = new List<string>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? next;
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                var value = Value(cell, shared);
                if (column < cells.Count)
                {
                    cells[column] = value;
                }
                else
                {
                    cells.Add(value);
                }

                next = column + 1;
            }

            rows.Add(new SheetRow(number, cells));
            if (rows.Count > maxRows)
            {
                break;
            }
        }

        return rows;
    }

    private static string Value(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? Text(inline) : string.Empty;
        }

        if (raw is null)
        {
            return string.Empty;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.Error || type == CellValues.String || type == CellValues.Date)
        {
            return raw;
        }

        // A number: written back in its shortest invariant form (Excel stores 43555 or 0.1 exactly as typed).
        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("R", CultureInfo.InvariantCulture)
            : raw;
    }

    /// <summary>The text of a shared or inline string: its plain text, or its runs joined (phonetic runs left out).</summary>
    private static string Text(OpenXmlCompositeElement item)
    {
        if (item.GetFirstChild<Text>() is { } plain)
        {
            return plain.Text;
        }

        var text = new StringBuilder();
        foreach (var run in item.Elements<Run>())
        {
            text.Append(run.Text?.Text);
        }

        return text.ToString();
    }
}

using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GovernancePortal.Infrastructure.Files;

/// <summary>A column of an exported worksheet: its heading and width (in characters).</summary>
public sealed record XlsxColumn(string Heading, double Width);

/// <summary>
/// Writes one worksheet: a bold, frozen header row with a filter, column widths, text as inline strings (never
/// formulas, so a cell starting with = is only text), whole numbers, and dates as real dates shown as dd/mm/yyyy.
/// A cell value is a string, an int, a <see cref="DateOnly"/> or null.
/// </summary>
public static class XlsxWriter
{
    private const uint BoldStyle = 1;
    private const uint DateStyle = 2;
    private const uint WrapStyle = 3;

    /// <summary>The MIME type of an .xlsx file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(string sheetName, IReadOnlyList<XlsxColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var worksheet = workbook.AddNewPart<WorksheetPart>();

            var data = new SheetData();
            var header = new Row { RowIndex = 1 };
            for (var i = 0; i < columns.Count; i++)
            {
                header.Append(TextCell(Reference(i, 1), columns[i].Heading, BoldStyle));
            }

            data.Append(header);
            uint number = 1;
            foreach (var values in rows)
            {
                number++;
                var row = new Row { RowIndex = number };
                for (var i = 0; i < values.Count; i++)
                {
                    if (Cell(Reference(i, number), values[i]) is { } cell)
                    {
                        row.Append(cell);
                    }
                }

                data.Append(row);
            }

            var last = Reference(columns.Count - 1, number);
            worksheet.Worksheet = new Worksheet(
                new SheetViews(new SheetView(
                    new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                    new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new StringValue("A2")]) })
                { WorkbookViewId = 0 }),
                new Columns(columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })),
                data,
                new AutoFilter { Reference = $"A1:{last}" });

            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Append(new DefinedNames(new DefinedName($"'{sheetName}'!$A$1:${Letters(columns.Count - 1)}${number}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = 0,
                Hidden = true,
            }));
        }

        return stream.ToArray();
    }

    /// <summary>"A1"-style reference for a zero-based column and a one-based row.</summary>
    public static string Reference(int column, uint row) => Letters(column) + row.ToString(CultureInfo.InvariantCulture);

    private static string Letters(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static Cell? Cell(string reference, object? value) => value switch
    {
        null => null,
        string { Length: 0 } => null,
        string text => TextCell(reference, text, text.Contains('\n', StringComparison.Ordinal) ? WrapStyle : 0),
        int whole => new Cell { CellReference = reference, CellValue = new CellValue(whole), DataType = CellValues.Number },
        DateOnly date => new Cell
        {
            CellReference = reference,
            CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
            StyleIndex = DateStyle,
        },
        _ => throw new ArgumentException($"Cannot write a {value.GetType().Name} to a cell.", nameof(value)),
    };

    private static Cell TextCell(string reference, string text, uint style)
    {
        var cell = new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };
        if (style != 0)
        {
            cell.StyleIndex = style;
        }

        return cell;
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Arial" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Arial" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true })
        { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}

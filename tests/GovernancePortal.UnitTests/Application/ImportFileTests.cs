using System.Text;
using GovernancePortal.Application.Features.Improvement.Import;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Files;

namespace GovernancePortal.UnitTests.Application;

public sealed class CsvReaderTests
{
    private static List<string[]> Read(string text, char? delimiter = null) => [.. CsvReader.Read(text, delimiter).Select(r => r.Fields.ToArray())];

    [Fact]
    public void Read_PlainFields_SplitsOnCommasAndLineEnds()
    {
        var rows = Read("a,b,c\r\n1,2,3\n4,5,6");

        Assert.Equal([["a", "b", "c"], ["1", "2", "3"], ["4", "5", "6"]], rows);
    }

    [Fact]
    public void Read_QuotedFields_KeepDelimitersLineBreaksAndDoubledQuotes()
    {
        var records = CsvReader.Read("code,description\r\nF1,\"Review the code, then \"\"publish\"\" it\r\nsecond line\"\r\nF2,plain\r\n").ToList();

        Assert.Equal(3, records.Count);
        Assert.Equal("Review the code, then \"publish\" it\r\nsecond line", records[1].Fields[1]);
        Assert.Equal(3, records[2].Number);
        Assert.Equal(["F2", "plain"], records[2].Fields);
    }

    [Fact]
    public void Read_ByteOrderMarkAndTrailingLineBreak_AreNotData()
    {
        var rows = Read("\uFEFFCode,Action\r\n");

        Assert.Equal([["Code", "Action"]], rows);
    }

    [Fact]
    public void Read_SemicolonFile_DetectsTheDelimiter()
    {
        var rows = Read("Code;Action;Due date\nF1;\"Agree; publish\";31/03/2019");

        Assert.Equal(["F1", "Agree; publish", "31/03/2019"], rows[1]);
    }

    [Fact]
    public void Read_EmptyFieldsAndBlankLine_AreKept()
    {
        var rows = Read("a,,c\n\n,\n");

        Assert.Equal([["a", string.Empty, "c"], [string.Empty], [string.Empty, string.Empty]], rows);
    }

    [Fact]
    public void Read_UnclosedQuote_RunsToTheEndWithoutThrowing()
    {
        var rows = Read("a,\"never closed\nstill inside");

        Assert.Equal(["a", "never closed\nstill inside"], rows.Single());
    }

    [Fact]
    public void DecodeUtf8_InvalidBytes_ReturnsNull()
    {
        Assert.Null(CsvReader.DecodeUtf8([0x43, 0xA3, 0x31]));
        Assert.Equal("£1", CsvReader.DecodeUtf8([0xEF, 0xBB, 0xBF, 0xC2, 0xA3, 0x31]));
    }

    [Fact]
    public void WriteThenRead_HostileCells_RoundTripThroughTheFormulaGuard()
    {
        string[] cells = ["=SUM(A1)", "plain, with comma", "line\r\nbreak", "quote \"x\"", "-5 days", "@me"];
        var text = new CsvWriter().WriteRow(cells).ToString();

        var read = CsvReader.Read(text).Single().Fields.Select(ImportTable.Unguard);

        Assert.Equal(cells, read);
    }
}

public sealed class ImportValuesTests
{
    [Theory]
    [InlineData("2019-03-31")]
    [InlineData("31/03/2019")]
    [InlineData("31/3/2019")]
    [InlineData("31 March 2019")]
    [InlineData("31 Mar 2019")]
    public void TryDate_UkAndIsoForms_Read(string text)
    {
        Assert.True(ImportValues.TryDate(text, ImportFormat.Csv, out var date));
        Assert.Equal(new DateOnly(2019, 3, 31), date);
    }

    [Theory]
    [InlineData("31/13/2020")]
    [InlineData("03/31/2019")]
    [InlineData("43555")]
    [InlineData("soon")]
    public void TryDate_NotADate_Fails(string text) => Assert.False(ImportValues.TryDate(text, ImportFormat.Csv, out _));

    [Fact]
    public void TryDate_ExcelSerialInAWorkbook_IsTheDate()
    {
        Assert.True(ImportValues.TryDate("43555", ImportFormat.Xlsx, out var date));
        Assert.Equal(new DateOnly(2019, 3, 31), date);
    }

    [Theory]
    [InlineData("Complete", ActionStatus.VerifiedComplete)]
    [InlineData("complete", ActionStatus.VerifiedComplete)]
    [InlineData("In progress", ActionStatus.InProgress)]
    [InlineData("ongoing", ActionStatus.InProgress)]
    [InlineData("", ActionStatus.NotStarted)]
    [InlineData("Reported complete", ActionStatus.ReportedComplete)]
    [InlineData("Closed without action", ActionStatus.ClosedWithoutAction)]
    public void TryStatus_Words_MapToStatuses(string text, ActionStatus expected)
    {
        Assert.True(ImportValues.TryStatus(text, out var status));
        Assert.Equal(expected, status);
    }

    [Fact]
    public void TryStatus_UnknownWord_Fails() => Assert.False(ImportValues.TryStatus("nearly", out _));

    [Fact]
    public void TrySourceAndRag_DisplayNames_Read()
    {
        Assert.True(ImportValues.TrySource("Internal audit", out var source));
        Assert.Equal(ActionSource.InternalAudit, source);
        Assert.False(ImportValues.TrySource("a rumour", out _));
        Assert.True(ImportValues.TryRag("Amber", out var rag));
        Assert.Equal(RagStatus.Amber, rag);
        Assert.False(ImportValues.TryRag("Purple", out _));
    }
}

public sealed class ImportMappingTests
{
    [Fact]
    public void Guess_CommonHeadings_MapToFields()
    {
        var mapping = ImportMapping.Guess(["Ref", "Action", "Owner", "Area", "Due date", "Revised date", "Status", "RAG", "Progress update"]);

        Assert.Equal("Ref", mapping.HeadingFor(ImportField.Code));
        Assert.Equal("Action", mapping.HeadingFor(ImportField.Description));
        Assert.Equal("Due date", mapping.HeadingFor(ImportField.OriginalDueDate));
        Assert.Equal("Revised date", mapping.HeadingFor(ImportField.DueDate));
        Assert.Equal("Progress update", mapping.HeadingFor(ImportField.Progress));
        Assert.Equal(mapping.Columns, ImportMapping.FromJson(mapping.ToJson())!.Columns);
    }

    [Fact]
    public void Read_TitleRowsAboveTheHeader_FindsTheHeaderRow()
    {
        var csv = "Governance Improvement Plan 2018/19\r\n\r\nCode,Description,Due date\r\nF1,Publish the code,31/03/2019\r\n";

        var table = ImportTable.Read(Encoding.UTF8.GetBytes(csv));

        Assert.Equal(3, table.HeaderRowNumber);
        Assert.Equal(["Code", "Description", "Due date"], table.Headings);
        Assert.Equal(4, table.Rows.Single().Number);
    }

    [Fact]
    public void Read_BinaryThatIsNotCsv_IsRefused()
    {
        Assert.Throws<ImportTable.UnreadableException>(() => ImportTable.Read([0x00, 0x01, 0x02, 0xFF]));
        Assert.Throws<ImportTable.UnreadableException>(() => ImportTable.Read([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]));
    }
}

public sealed class XlsxTests
{
    [Fact]
    public void WriteThenRead_TextNumbersAndDates_ComeBack()
    {
        var bytes = XlsxWriter.Write("Register", [new("Code", 10), new("Description", 40), new("Due date", 12), new("Revisions", 8)],
        [
            ["F1", "Publish the code\nwith a second line", new DateOnly(2019, 3, 31), 2],
            ["F2", "=HYPERLINK(\"x\")", null, 0],
        ]);

        var rows = XlsxReader.Read(bytes, 100);

        Assert.Equal(["Code", "Description", "Due date", "Revisions"], rows[0].Cells);
        Assert.Equal(["F1", "Publish the code\nwith a second line", "43555", "2"], rows[1].Cells);
        Assert.Equal(["F2", "=HYPERLINK(\"x\")", string.Empty, "0"], rows[2].Cells);
        Assert.Equal(3, rows[2].Number);
    }

    [Fact]
    public void Write_Workbook_IsValidOpenXml()
    {
        var bytes = XlsxWriter.Write("Register", [new("Code", 10)], [["F1"]]);
        using var stream = new MemoryStream(bytes);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);

        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => e.Description).ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void ColumnIndex_References_AreZeroBased()
    {
        Assert.Equal(0, XlsxReader.ColumnIndex("A1"));
        Assert.Equal(27, XlsxReader.ColumnIndex("AB12"));
        Assert.Null(XlsxReader.ColumnIndex("12"));
    }

    [Fact]
    public void Read_ZipThatIsNotAWorkbook_IsRefused()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            entry.Write("hello");
        }

        Assert.Throws<InvalidDataException>(() => XlsxReader.Read(stream.ToArray(), 10));
    }
}

public sealed class ImportCheckerTests
{
    private static readonly ImportContext Mopac = new(
        "MOPAC",
        GovernancePortal.Domain.Organisations.ActionCodeScheme.PrincipleNumber,
        [new ImportArea(1, "F", "Managing risks and performance"), new ImportArea(2, "A", "Behaving with integrity")],
        new HashSet<string>(["F1"], StringComparer.OrdinalIgnoreCase),
        [new ImportPerson(7, "Chief Finance Officer", "Sam Jones", "Sam Jones (Chief Finance Officer)", false)]);

    private static IReadOnlyList<ImportRowResult> Check(string csv)
    {
        var table = ImportTable.Read(Encoding.UTF8.GetBytes(csv));
        return new ImportChecker(table, ImportMapping.Guess(table.Headings), Mopac).Check(0, table.Rows.Count);
    }

    [Fact]
    public void Check_ValidRow_PlansTheAction()
    {
        var result = Check("Code,Description,Owner,Due date,Status,Source\nF10,Review the risk register,chief finance officer,31/03/2019,complete,Internal audit\n").Single();

        Assert.Empty(result.Errors);
        var action = result.Action!;
        Assert.Equal(1, action.AreaId);
        Assert.Equal(7, action.OwnerId);
        Assert.Null(action.OwnerText);
        Assert.Equal(new DateOnly(2019, 3, 31), action.DueDate);
        Assert.Equal(new DateOnly(2019, 3, 31), action.OriginalDueDate);
        Assert.Equal(ActionStatus.VerifiedComplete, action.Status);
        Assert.Equal(ActionSource.InternalAudit, action.Source);
    }

    [Fact]
    public void Check_BadRows_ReportRowNumbersAndReasons()
    {
        var results = Check("Code,Description,Area,Due date,Status\n"
            + "X9,Bad code,F,,\n"
            + "F11,Bad date,F,31/13/2020,\n"
            + "F12,First,F,,\n"
            + "F12,Duplicate,F,,\n"
            + "F1,Already in plan,F,,\n"
            + "F13,,F,,\n"
            + "F14,Unknown area,Z,,\n"
            + "F15,Unknown status,F,,nearly\n");

        string Message(int row) => results.Single(r => r.Row == row).Errors.Single().Message;
        Assert.Equal("code 'X9' does not fit MOPAC's scheme (a principle letter A to G and a number, like F10)", Message(2));
        Assert.StartsWith("due date '31/13/2020' is not a date", Message(3), StringComparison.Ordinal);
        Assert.Empty(results.Single(r => r.Row == 4).Errors);
        Assert.Equal("code 'F12' is also on row 4", Message(5));
        Assert.StartsWith("code 'F1' is already in the plan", Message(6), StringComparison.Ordinal);
        Assert.Equal("the description is empty", Message(7));
        Assert.StartsWith("area 'Z' is not in the plan", Message(8), StringComparison.Ordinal);
        Assert.StartsWith("status 'nearly' is not one of", Message(9), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NewAreaWithTitle_IsPlannedOnceForEveryRow()
    {
        var results = Check("Code,Description,Area,Area title\nB1,One,B,Ensuring openness\nB2,Two,B,\n");

        Assert.All(results, r => Assert.Empty(r.Errors));
        Assert.All(results, r => Assert.Equal(new ImportNewArea("B", "Ensuring openness"), r.Action!.NewArea));
    }
}

using System.Text;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Admin.Audit;
using GovernancePortal.Application.Features.Audit;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Files;

namespace GovernancePortal.UnitTests.Application;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rlf", "\"cr\rlf\"")]
    public void Field_SpecialCharacters_AreQuotedAsRfc4180Says(string? value, string expected) =>
        Assert.Equal(expected, CsvWriter.Field(value));

    [Theory]
    [InlineData("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [InlineData("+44 20 7230 1212", "'+44 20 7230 1212")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("a=b", "a=b")]
    public void Field_StartsLikeAFormula_IsPrefixedWithAQuote(string value, string expected) =>
        Assert.Equal(expected, CsvWriter.Field(value));

    [Fact]
    public void ToBytes_Rows_AreUtf8WithBomAndCrlfLineEnds()
    {
        var bytes = new CsvWriter().WriteRow("Name", "Note").WriteRow("Zoë", null).ToBytes();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Name,Note\r\nZoë,\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }
}

public sealed class AuditDisplayTests
{
    [Theory]
    [InlineData(2026, 12, 1, 14, 5, "1 December 2026 at 2:05pm")]
    [InlineData(2026, 7, 1, 8, 30, "1 July 2026 at 9:30am")] // British Summer Time
    [InlineData(2026, 12, 1, 0, 0, "1 December 2026 at 12:00am")]
    [InlineData(2026, 12, 1, 12, 0, "1 December 2026 at 12:00pm")]
    public void When_UtcTime_IsLondonTimeInWords(int year, int month, int day, int hour, int minute, string expected) =>
        Assert.Equal(expected, AuditDisplay.When(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc)));

    [Theory]
    [InlineData("GovernanceAreaId", "Governance area id")]
    [InlineData("DisplayName", "Display name")]
    [InlineData("Title", "Title")]
    [InlineData("RAGStatus", "RAG status")]
    [InlineData("Role added", "Role added")]
    [InlineData("email", "Email")]
    public void Humanise_FieldName_IsWords(string name, string expected) =>
        Assert.Equal(expected, AuditDisplay.Humanise(name));

    [Fact]
    public void ParseChanges_OldNewAndEventDetails_AreReadAsText()
    {
        var changes = AuditDisplay.ParseChanges("{\"Title\":{\"old\":\"A\",\"new\":\"<b>B</b>\"},\"IsArchived\":{\"old\":false,\"new\":true},\"SortOrder\":{\"old\":null,\"new\":3},\"email\":\"x@example.org\"}");

        Assert.Equal(
        [
            new FieldChange("Title", "A", "<b>B</b>"),
            new FieldChange("IsArchived", "No", "Yes"),
            new FieldChange("SortOrder", null, "3"),
            new FieldChange("email", null, "x@example.org"),
        ], changes);
    }

    [Fact]
    public void ParseChanges_NotJson_IsShownAsItIs() =>
        Assert.Equal([new FieldChange("Changes", null, "not json")], AuditDisplay.ParseChanges("not json"));

    [Theory]
    [InlineData("{\"GovernanceAreaId\":{\"old\":null,\"new\":12}}", true)]
    [InlineData("{\"GovernanceAreaId\":{\"old\":12,\"new\":null}}", true)]
    [InlineData("{\"GovernanceAreaId\":{\"old\":5,\"new\":12}}", true)]
    [InlineData("{\"GovernanceAreaId\":{\"old\":null,\"new\":112}}", false)]
    [InlineData("{\"SortOrder\":{\"old\":null,\"new\":12}}", false)]
    public void Refers_ForeignKeyOldOrNew_MatchesOnlyThatId(string json, bool expected) =>
        Assert.Equal(expected, AuditDisplay.Refers(AuditDisplay.ParseChanges(json), "GovernanceAreaId", 12));

    [Fact]
    public void FieldChange_LongOrMultiLineText_IsLong()
    {
        Assert.True(new FieldChange("Text", new string('a', 121), null).IsLong);
        Assert.True(new FieldChange("Text", "short", "two\nlines").IsLong);
        Assert.False(new FieldChange("Title", "short", "also short").IsLong);
    }

    [Theory]
    [InlineData("2026-12-01", "1 December 2026")]
    [InlineData("2026-12-01T14:05:00.0000000Z", "1 December 2026 at 2:05pm")]
    [InlineData("2016/17", "2016/17")]
    public void FormatValue_IsoDates_AreWords(string value, string expected) =>
        Assert.Equal(expected, AuditDisplay.FormatValue(value));

    [Fact]
    public void Verb_EveryAction_HasWords() =>
        Assert.All(Enum.GetValues<AuditAction>(), a => Assert.NotEqual(a.ToString(), AuditDisplay.Verb(a)));
}

public sealed class AuditLogTests
{
    [Theory]
    [InlineData(1, 1, new[] { 1 })]
    [InlineData(1, 3, new[] { 1, 2, 3 })]
    [InlineData(10, 40, new[] { 1, 0, 9, 10, 11, 0, 40 })]
    [InlineData(2, 40, new[] { 1, 2, 3, 0, 40 })]
    [InlineData(40, 40, new[] { 1, 0, 39, 40 })]
    public void PageNumbers_ManyPages_ShowFirstLastNeighboursAndGaps(int current, int count, int[] expected) =>
        Assert.Equal(expected, PageNumbers.Items(current, count).Select(n => n ?? 0));

    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData("2026-12-01", "2026-12-01", null, true)]
    [InlineData("2026-02-30", null, null, false)]
    [InlineData("2026-12-02", "2026-12-01", null, false)]
    [InlineData(null, null, "SignedIn", true)]
    [InlineData(null, null, "3", false)]
    [InlineData(null, null, "Hack", false)]
    public void Validator_DatesAndAction_AreChecked(string? from, string? to, string? action, bool valid) =>
        Assert.Equal(valid, new ListAuditEntries.Validator().Validate(new ListAuditEntries.Query(from, to, Action: action)).IsValid);

    [Fact]
    public void StartOfLondonDay_SummerTime_IsAnHourBeforeMidnightUtc()
    {
        Assert.Equal(new DateTime(2026, 6, 30, 23, 0, 0, DateTimeKind.Utc), AuditLogFilterRules.StartOfLondonDay(new DateOnly(2026, 7, 1)));
        Assert.Equal(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc), AuditLogFilterRules.StartOfLondonDay(new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void HistoryKey_SupportedTypeWithNumericKey_NamesTheHistorySubjectAndId()
    {
        Assert.Equal(new HistorySubjectKey("governance-area", 12), HistorySubjects.KeyFor("GovernanceArea", "12"));
        Assert.Null(HistorySubjects.KeyFor("AreaStatement", "12"));
        Assert.Null(HistorySubjects.KeyFor("Account", "someone@example.org"));
    }
}

public sealed class AuditNamesTests
{
    [Theory]
    [InlineData("ImprovementAction", "Improvement action")]
    [InlineData("GovernanceArea", "Governance area")]
    [InlineData("AreaStatement", "Governance area text")]
    [InlineData("SomethingNew", "Something new")]
    public void RecordType_InternalName_IsTheWordsUsersSee(string type, string expected) =>
        Assert.Equal(expected, AuditNames.RecordType(type));

    [Theory]
    [InlineData("ImprovementAction", "RagOverriddenAtUtc", "RAG overridden on")]
    [InlineData("ImprovementAction", "AreaId", "Improvement area")]
    [InlineData("ImprovementAction", "Description", "Action")]
    [InlineData("GovernanceArea", "Description", "What the area covers")]
    [InlineData("UserRole", "Role added", "Role added")]
    [InlineData("Unknown", "ReviewedAtUtc", "Reviewed on")]
    [InlineData("Unknown", "LeadPersonId", "Lead person")]
    [InlineData("Unknown", "RagStatus", "RAG status")]
    public void Field_InternalName_IsTheFormsLabel(string type, string field, string expected) =>
        Assert.Equal(expected, AuditNames.Field(type, field));

    [Fact]
    public void Describe_Update_ListsLabelledOldAndNewValuesInWords() =>
        Assert.Equal(
            "Status: Not started → In progress\nDue date: 1 March 2021 → 30 June 2021",
            AuditNames.Describe("ImprovementAction", AuditAction.Update,
                """{"Status":{"old":"NotStarted","new":"InProgress"},"DueDate":{"old":"2021-03-01","new":"2021-06-30"}}"""));
}

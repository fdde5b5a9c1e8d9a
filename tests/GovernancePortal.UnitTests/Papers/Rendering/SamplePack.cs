using System.Globalization;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;

namespace GovernancePortal.UnitTests.Papers.Rendering;

/// <summary>A hand-built pack: a draft cover report and a published appended statement, covering every block type and a long table.</summary>
internal static class SamplePack
{
    public const int ActionRows = 90;

    public static readonly DateTimeOffset GeneratedAt = new(2017, 6, 1, 9, 30, 0, TimeSpan.Zero);

    public static PaperPack Build()
    {
        var cover = new PaperDocument(
            11,
            PaperKind.CoverReport,
            "MPS",
            "Metropolitan Police Service",
            "Annual Governance Statement 2016/17",
            "Report to the Audit Panel",
            "OFFICIAL",
            PaperStatus.Draft,
            3,
            "Audit Panel",
            new DateOnly(2017, 6, 26),
            "Director of Strategy and Governance",
            [
                new DocSection("p11-summary", null, null, "Summary", [DocParagraph.Of("This paper presents the draft statement.")], InContents: false),
                new DocSection("p11-section-1", 1, "1", "Purpose", [DocParagraph.Of("The Panel is asked to note the statement.", "1.1"), DocParagraph.Of("It follows the CIPFA framework.", "1.2")]),
                new DocSection("p11-section-2", 2, "2", "Recommendations", [
                    new DocList(true, 1, [
                        new DocListItem([new TextRun("Note the statement")], [new DocList(false, 1, [new DocListItem([new TextRun("including the "), new TextRun("key controls", Strong: true)], [])])]),
                        new DocListItem([new TextRun("Agree the actions")], []),
                    ]),
                ]),
            ]);
        var statement = new PaperDocument(
            12,
            PaperKind.AnnualGovernanceStatement,
            "MPS",
            "Metropolitan Police Service",
            "Annual Governance Statement",
            null,
            "OFFICIAL-SENSITIVE",
            PaperStatus.Published,
            5,
            null,
            null,
            null,
            [
                new DocSection("p12-section-a", 21, "A", "Scope of responsibilities", [
                    new DocParagraph([new TextRun("The MPS is "), new TextRun("responsible", Emphasis: true), new TextRun(" for "), new TextRun("proper governance", Link: "https://www.cipfa.org/"), new TextRun(" <script>alert(1)</script>"), new TextRun(" and this", Link: "javascript:alert(1)")]),
                    new DocHeading("1. Strategic objectives", 3, "p12-area-1"),
                    new DocHeading("Activity during the year", 4),
                    DocParagraph.Of("Plans were refreshed."),
                ]),
                new DocSection("p12-section-b", 22, "B", "Improvement actions", [
                    Actions(),
                    new DocTable("Actions by RAG status", [new DocColumn("Area", 3), new DocColumn("Red"), new DocColumn("Total")], [[DocCell.Of("Area 1"), new DocCell([DocParagraph.Of("2")], RagStatus.Red), new DocCell([DocParagraph.Of("5")], RagStatus.Amber)]]),
                ]),
                new DocSection("p12-section-c", 23, "C", "Glossary", [
                    new DocTable("Glossary", [new DocColumn("Acronym", 1), new DocColumn("Meaning", 3)], [[DocCell.Of("AGS"), DocCell.Of("Annual Governance Statement")], [DocCell.Of("MOPAC"), DocCell.Of("Mayor's Office for Policing And Crime")]], FirstColumnIsHeader: true),
                    new DocNote("No SIC survey data for 2016/17."),
                ]),
                new DocSection("p12-section-d", 24, "D", "Declaration", [
                    new DocSignatures([new DocSignature("Cressida Dick", "Commissioner", new DateOnly(2017, 7, 20)), new DocSignature("Robin Wilkinson", "Director of Strategy", null)]),
                ]),
            ]);
        return new PaperPack(cover.Title, [cover, statement], [string.Empty, "Appendix 1"]);
    }

    public static IReadOnlyList<string> SectionTitles(PaperPack pack) => [.. pack.Documents.SelectMany(d => d.Sections).Select(s => s.Title)];

    private static DocTable Actions()
    {
        var rows = new List<IReadOnlyList<DocCell>>();
        for (var i = 1; i <= ActionRows; i++)
        {
            var rag = (RagStatus)(i % 3);
            rows.Add([
                DocCell.Of($"1.{i.ToString(CultureInfo.InvariantCulture)}"),
                new DocCell([DocParagraph.Of($"Action number {i.ToString(CultureInfo.InvariantCulture)} improves the way risks are reported to the board and the Panel."), new DocList(false, 1, [new DocListItem([new TextRun("Owner: Director")], [])])]),
                new DocCell([], rag),
            ]);
        }

        return new DocTable("Improvement actions 2016/17", [new DocColumn("Ref", 1), new DocColumn("Action", 5), new DocColumn("Status", 1.5f)], rows);
    }
}

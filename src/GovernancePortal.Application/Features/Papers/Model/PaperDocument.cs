using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;

namespace GovernancePortal.Application.Features.Papers.Model;

/// <summary>
/// One paper as printed: the single model from which the PDF, the HTML and the Word file are all rendered, so the three
/// never disagree. Built by <see cref="PaperComposer"/> from the paper's sections and live data; domain-free renderers
/// turn it into files (<c>Rendering/PaperPdf</c>, <c>PaperHtml</c>, <c>PaperWord</c>).
/// </summary>
public sealed record PaperDocument(
    int PaperId,
    PaperKind Kind,
    string OrganisationCode,
    string OrganisationName,
    string Title,
    string? Subtitle,
    string? ProtectiveMarking,
    PaperStatus Status,
    int Revision,
    string? MeetingName,
    DateOnly? MeetingDate,
    string? ReportBy,
    IReadOnlyList<DocSection> Sections)
{
    /// <summary>Everything before publication is marked DRAFT in the header.</summary>
    public bool IsDraft => Status != PaperStatus.Published;

    public const string Language = "en-GB";

    /// <summary>The reporting year the paper is about ("2016/17"), for file names when the title does not say it.</summary>
    public string? YearLabel { get; init; }

    /// <summary>The anchor/section id prefix that keeps the ids of papers in one pack apart: "p12-".</summary>
    public string AnchorPrefix => $"p{PaperId}-";
}

/// <summary>A cover report followed by the papers appended to it (or a single paper on its own).</summary>
public sealed record PaperPack(string Title, IReadOnlyList<PaperDocument> Documents, IReadOnlyList<string> AppendixLabels)
{
    public static PaperPack Single(PaperDocument document) => new(document.Title, [document], [string.Empty]);
}

/// <summary>
/// A numbered or lettered section of a paper ("A. Scope of responsibilities"): a level-2 heading in HTML and Word (the
/// paper's title is level 1), an entry in the contents. <see cref="SectionId"/> is the paper section it comes from (null
/// for furniture such as the cover report's summary box).
/// </summary>
public sealed record DocSection(string Anchor, int? SectionId, string? Code, string Heading, IReadOnlyList<DocBlock> Blocks, bool InContents = true)
{
    public string Title => Code is null ? Heading : $"{Code}. {Heading}";
}

/// <summary>A block of content inside a section.</summary>
public abstract record DocBlock;

/// <summary>A paragraph, optionally numbered ("1.1") in the cover report's house style.</summary>
public sealed record DocParagraph(IReadOnlyList<TextRun> Runs, string? Number = null) : DocBlock
{
    public static DocParagraph Of(string text, string? number = null) => new([new TextRun(text)], number);
}

/// <summary>
/// A heading inside a section: level 3 for a governance area or principle ("1. Strategic objectives…"), level 4 for a
/// sub-topic or a question ("Activity during the year").
/// </summary>
public sealed record DocHeading(string Text, int Level, string? Anchor = null) : DocBlock;

/// <summary>A bulleted or numbered list; items may hold nested lists.</summary>
public sealed record DocList(bool Ordered, int Start, IReadOnlyList<DocListItem> Items) : DocBlock;

public sealed record DocListItem(IReadOnlyList<TextRun> Runs, IReadOnlyList<DocList> Children);

/// <summary>
/// A real table: a caption (read by screen readers and printed above it), column headers repeated on every page it
/// spans, and cells. Relative widths guide the PDF and Word layout. When <see cref="FirstColumnIsHeader"/> the first
/// cell of each row is a row header (document control, glossary).
/// When <see cref="CaptionRepeatsHeading"/> the caption says what the section heading just said ("Glossary of terms"): it is
/// kept for screen readers (visually hidden in HTML) and not printed twice in PDF and Word.
/// </summary>
public sealed record DocTable(string Caption, IReadOnlyList<DocColumn> Columns, IReadOnlyList<IReadOnlyList<DocCell>> Rows, bool FirstColumnIsHeader = false, bool ShowColumnHeaders = true, bool CaptionRepeatsHeading = false) : DocBlock;

public sealed record DocColumn(string Header, float RelativeWidth = 1);

/// <summary>A table cell: blocks (paragraphs or lists), with a RAG status when the cell shows one (coloured and named).</summary>
public sealed record DocCell(IReadOnlyList<DocBlock> Blocks, RagStatus? Rag = null)
{
    public static DocCell Of(string text) => new([DocParagraph.Of(text)]);
}

/// <summary>The signature block of a declaration: each signatory's name, role and the date signed (or "Not yet signed").</summary>
public sealed record DocSignatures(IReadOnlyList<DocSignature> Signatories) : DocBlock;

public sealed record DocSignature(string Name, string Role, DateOnly? SignedOn);

/// <summary>A note that says why generated content is missing ("No SIC survey data for 2016/17."), shown muted.</summary>
public sealed record DocNote(string Text) : DocBlock;

using System.Globalization;
using System.Net;
using System.Text;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Domain.Text;

namespace GovernancePortal.Application.Features.Papers.Rendering;

/// <summary>
/// Accessible HTML: semantic headings, real tables with captions and header scopes, RAG as words as well as colour,
/// the same content as the PDF and Word files. No script. Every piece of text is HTML-encoded and links are only
/// http, https or mailto.
/// </summary>
public static class PaperHtml
{
    private const string Stylesheet = """
        body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 1rem; line-height: 1.5; color: #0b0c0c; margin: 0 auto; max-width: 50rem; padding: 1rem; text-align: left; }
        .marking { font-weight: bold; text-align: center; border-bottom: 1px solid #505a5f; padding-bottom: .5rem; }
        .title-page { margin: 2rem 0; }
        .organisation, .appendix { font-weight: bold; font-size: 1.2rem; margin: 0; }
        .subtitle { font-size: 1.3rem; }
        .draft { font-weight: bold; }
        h1 { font-size: 2rem; } h2 { font-size: 1.5rem; } h3 { font-size: 1.2rem; } h4 { font-size: 1rem; }
        .numbered { display: grid; grid-template-columns: 3rem 1fr; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
        caption { font-weight: bold; text-align: left; padding-bottom: .25rem; }
        .visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important; }
        th, td { border: 1px solid #505a5f; padding: .25rem .5rem; text-align: left; vertical-align: top; }
        thead th, tbody th { background: #f3f2f1; }
        td.rag { font-weight: bold; }
        .rag-red { background: #d4351c; color: #fff; }
        .rag-amber { background: #f47738; color: #0b0c0c; }
        .rag-green { background: #00703c; color: #fff; }
        .note { color: #505a5f; font-style: italic; }
        .signature { margin: 1.5rem 0; }
        .signature-line { border-bottom: 1px solid #0b0c0c; width: 15rem; height: 2rem; }
        a { color: #1d70b8; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          article + article { break-before: page; page-break-before: always; }
          article > nav { break-after: page; page-break-after: always; }
          h2, h3, h4, caption { break-after: avoid; page-break-after: avoid; }
          tr, .signature { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          a { color: inherit; }
          .rag-red, .rag-amber, .rag-green { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    /// <summary>A complete, standalone HTML document of the pack with its own print stylesheet.</summary>
    public static string Render(PaperPack pack, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(PaperDocument.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"Governance Portal\">\n")
            .Append("<meta name=\"dcterms.created\" content=\"").Append(generatedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append("\">\n")
            .Append("<title>").Append(E(pack.Title)).Append("</title>\n<style>\n").Append(Stylesheet).Append("\n</style>\n</head>\n<body>\n");
        var marking = pack.Documents.Count > 0 ? PaperWording.HeaderText(pack.Documents[0]) : string.Empty;
        html.Append("<header>");
        if (marking.Length > 0)
        {
            html.Append("<p class=\"marking\">").Append(E(marking)).Append("</p>");
        }

        html.Append("</header>\n<main>\n");
        for (var i = 0; i < pack.Documents.Count; i++)
        {
            var document = pack.Documents[i];
            var label = i < pack.AppendixLabels.Count ? pack.AppendixLabels[i] : string.Empty;
            var titleId = $"{document.AnchorPrefix}title";
            html.Append("<article aria-labelledby=\"").Append(titleId).Append("\">\n<div class=\"title-page\">\n");
            if (i > 0 && PaperWording.HeaderText(document) is { Length: > 0 } own && own != marking)
            {
                html.Append("<p class=\"marking\">").Append(E(own)).Append("</p>\n");
            }

            html.Append("<p class=\"organisation\">").Append(E(document.OrganisationName)).Append("</p>\n");
            if (!string.IsNullOrWhiteSpace(label))
            {
                html.Append("<p class=\"appendix\">").Append(E(label)).Append("</p>\n");
            }

            html.Append("<h1 id=\"").Append(titleId).Append("\">").Append(E(document.Title)).Append("</h1>\n");
            TitleDetails(html, document);
            html.Append("</div>\n");
            var navLabel = i == 0 ? "Contents" : $"Contents of {(string.IsNullOrWhiteSpace(label) ? document.Title : label)}";
            Contents(html, document, "<h2 id=\"" + document.AnchorPrefix + "contents\">Contents</h2>", navLabel, listClass: null);
            Sections(html, document, Plain);
            html.Append("</article>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The body of one paper as an HTML fragment (headings from h2, GOV.UK Frontend classes), for showing inside the
    /// portal's pages, which give the page its h1.
    /// </summary>
    public static string RenderFragment(PaperDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder(16 * 1024);
        var contentsId = document.AnchorPrefix + "contents";
        Contents(html, document, "<h2 class=\"govuk-heading-m\" id=\"" + contentsId + "\">Contents</h2>", "Contents", "govuk-list");
        Sections(html, document, GovUk);
        return html.ToString();
    }

    private sealed record Classes(int HeadingShift, string? H2, string? H3, string? H4, string? Body, string? Bullet, string? Number, string? Table, string? Caption, string? HeaderCell, string? Cell, string? Row, string? Note)
    {
        /// <summary>A caption that repeats the section heading: read by screen readers, not shown.</summary>
        public string HiddenCaption => Table is null ? "visually-hidden" : "govuk-visually-hidden";
    }

    private static readonly Classes Plain = new(0, null, null, null, null, null, null, null, null, null, null, null, "note");

    private static readonly Classes GovUk = new(
        0,
        "govuk-heading-l",
        "govuk-heading-m",
        "govuk-heading-s",
        "govuk-body",
        "govuk-list govuk-list--bullet",
        "govuk-list govuk-list--number",
        "govuk-table",
        "govuk-table__caption govuk-table__caption--m",
        "govuk-table__header",
        "govuk-table__cell",
        "govuk-table__row",
        "govuk-body govuk-hint");

    private static void TitleDetails(StringBuilder html, PaperDocument document)
    {
        if (!string.IsNullOrWhiteSpace(document.Subtitle))
        {
            html.Append("<p class=\"subtitle\">").Append(E(document.Subtitle)).Append("</p>\n");
        }

        foreach (var line in PaperWording.MeetingLines(document))
        {
            html.Append("<p>").Append(E(line)).Append("</p>\n");
        }

        if (document.IsDraft)
        {
            html.Append("<p class=\"draft\">").Append(E(PaperWording.DraftLine(document))).Append("</p>\n");
        }
    }

    private static void Contents(StringBuilder html, PaperDocument document, string heading, string label, string? listClass)
    {
        var entries = document.Sections.Where(s => s.InContents).ToList();
        if (entries.Count == 0)
        {
            return;
        }

        html.Append("<nav aria-label=\"").Append(E(label)).Append("\">\n").Append(heading).Append("\n<ul").Append(Class(listClass)).Append(">\n");
        foreach (var section in entries)
        {
            html.Append("<li><a").Append(Class(listClass is null ? null : "govuk-link")).Append(" href=\"#").Append(E(section.Anchor)).Append("\">").Append(E(section.Title)).Append("</a></li>\n");
        }

        html.Append("</ul>\n</nav>\n");
    }

    private static void Sections(StringBuilder html, PaperDocument document, Classes classes)
    {
        foreach (var section in document.Sections)
        {
            html.Append("<section aria-labelledby=\"").Append(E(section.Anchor)).Append("\">\n<h2").Append(Class(classes.H2)).Append(" id=\"").Append(E(section.Anchor)).Append("\">")
                .Append(E(section.Title)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                Block(html, block, classes);
            }

            html.Append("</section>\n");
        }
    }

    private static void Block(StringBuilder html, DocBlock block, Classes classes)
    {
        switch (block)
        {
            case DocParagraph paragraph when paragraph.Number is { } number:
                html.Append("<p").Append(Class(Join(classes.Body, "numbered"))).Append("><span class=\"number\">").Append(E(number)).Append("</span> <span>");
                Runs(html, paragraph.Runs, classes);
                html.Append("</span></p>\n");
                break;
            case DocParagraph paragraph:
                html.Append("<p").Append(Class(classes.Body)).Append('>');
                Runs(html, paragraph.Runs, classes);
                html.Append("</p>\n");
                break;
            case DocHeading heading:
                var level = Math.Clamp(heading.Level, 3, 4);
                html.Append("<h").Append(level).Append(Class(level == 3 ? classes.H3 : classes.H4));
                if (heading.Anchor is { } anchor)
                {
                    html.Append(" id=\"").Append(E(anchor)).Append('"');
                }

                html.Append('>').Append(E(heading.Text)).Append("</h").Append(level).Append(">\n");
                break;
            case DocList list:
                List(html, list, classes);
                break;
            case DocTable table:
                Table(html, table, classes);
                break;
            case DocSignatures signatures:
                foreach (var signatory in signatures.Signatories)
                {
                    html.Append("<div class=\"signature\"><div class=\"signature-line\"></div><p").Append(Class(classes.Body)).Append("><strong>").Append(E(signatory.Name)).Append("</strong><br>")
                        .Append(E(signatory.Role)).Append("<br>").Append(E(PaperWording.Signed(signatory))).Append("</p></div>\n");
                }

                break;
            case DocNote note:
                html.Append("<p").Append(Class(classes.Note)).Append('>').Append(E(note.Text)).Append("</p>\n");
                break;
            default:
                throw new InvalidOperationException($"Unknown block {block.GetType().Name}.");
        }
    }

    private static void List(StringBuilder html, DocList list, Classes classes)
    {
        var tag = list.Ordered ? "ol" : "ul";
        html.Append('<').Append(tag).Append(Class(list.Ordered ? classes.Number : classes.Bullet));
        if (list.Ordered && list.Start != 1)
        {
            html.Append(" start=\"").Append(list.Start.ToString(CultureInfo.InvariantCulture)).Append('"');
        }

        html.Append(">\n");
        foreach (var item in list.Items)
        {
            html.Append("<li>");
            Runs(html, item.Runs, classes);
            foreach (var child in item.Children)
            {
                html.Append('\n');
                List(html, child, classes);
            }

            html.Append("</li>\n");
        }

        html.Append("</").Append(tag).Append(">\n");
    }

    private static void Table(StringBuilder html, DocTable table, Classes classes)
    {
        var caption = table.CaptionRepeatsHeading ? classes.HiddenCaption : classes.Caption;
        html.Append("<table").Append(Class(classes.Table)).Append(">\n<caption").Append(Class(caption)).Append('>').Append(E(table.Caption)).Append("</caption>\n");
        if (table.ShowColumnHeaders)
        {
            html.Append("<thead").Append(Class(classes.Table is null ? null : "govuk-table__head")).Append("><tr").Append(Class(classes.Row)).Append('>');
            foreach (var column in table.Columns)
            {
                html.Append("<th scope=\"col\"").Append(Class(classes.HeaderCell)).Append('>').Append(E(column.Header)).Append("</th>");
            }

            html.Append("</tr></thead>\n");
        }

        html.Append("<tbody").Append(Class(classes.Table is null ? null : "govuk-table__body")).Append(">\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr").Append(Class(classes.Row)).Append('>');
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var cell = i < row.Count ? row[i] : new DocCell([]);
                var header = table.FirstColumnIsHeader && i == 0;
                var rag = cell.Rag is { } status ? "rag rag-" + PaperWording.RagName(status).ToLowerInvariant() : null;
                html.Append(header ? "<th scope=\"row\"" : "<td").Append(Class(Join(header ? classes.HeaderCell : classes.Cell, rag))).Append('>');
                if (cell.Rag is { } named && PaperWording.CellNeedsRagName(cell, table.Columns[i].Header, row.Count > 0 ? row[0] : null))
                {
                    html.Append(E(PaperWording.RagName(named)));
                    if (cell.Blocks.Count > 0)
                    {
                        html.Append("<br>");
                    }
                }

                CellBlocks(html, cell, classes);
                html.Append(header ? "</th>" : "</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>One plain paragraph stays bare text in the cell; anything richer keeps its block markup.</summary>
    private static void CellBlocks(StringBuilder html, DocCell cell, Classes classes)
    {
        if (cell.Blocks is [DocParagraph { Number: null } only])
        {
            Runs(html, only.Runs, classes);
            return;
        }

        foreach (var block in cell.Blocks)
        {
            Block(html, block, classes with { Body = null });
        }
    }

    private static void Runs(StringBuilder html, IReadOnlyList<TextRun> runs, Classes classes)
    {
        foreach (var run in runs)
        {
            var link = PaperWording.SafeLink(run);
            if (link is not null)
            {
                html.Append("<a").Append(Class(classes.Table is null ? null : "govuk-link")).Append(" href=\"").Append(E(link)).Append("\">");
            }

            if (run.Strong)
            {
                html.Append("<strong>");
            }

            if (run.Emphasis)
            {
                html.Append("<em>");
            }

            html.Append(E(run.Text));
            if (run.Emphasis)
            {
                html.Append("</em>");
            }

            if (run.Strong)
            {
                html.Append("</strong>");
            }

            if (link is not null)
            {
                html.Append("</a>");
            }
        }
    }

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : a + " " + b;

    private static string Class(string? value) => value is null ? string.Empty : " class=\"" + value + "\"";

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}

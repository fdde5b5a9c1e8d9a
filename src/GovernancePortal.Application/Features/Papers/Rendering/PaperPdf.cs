using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Documents;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Text;

namespace GovernancePortal.Application.Features.Papers.Rendering;

/// <summary>
/// The PDF of a pack, through the domain-free layout engine (<c>GovernancePortal.Documents</c>): for each paper a title
/// page, its own contents with page numbers and links, then its sections. Every page carries the protective marking
/// (and DRAFT while unpublished) and "Page X of Y". House style of the source papers: Arial, plain, left-aligned,
/// black text, bold headings. The same input and <c>generatedAt</c> give byte-identical output.
/// </summary>
public static class PaperPdf
{
    private const float BodySize = 11;
    private static readonly DocCell Empty = new([]);
    private static readonly Color Muted = Color.DarkGrey;
    private static readonly Color Rule = Color.FromRgb(0x50, 0x5a, 0x5f);

    public static byte[] Render(PaperPack pack, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return Document.Create(doc =>
        {
            doc.Metadata(m =>
            {
                m.Title = pack.Title;
                m.Author = pack.Documents.Count > 0 ? pack.Documents[0].OrganisationName : null;
                m.Subject = Subject(pack);
                m.Creator = "Governance Portal";
                m.Language = PaperDocument.Language;
                m.CreationDate = generatedAt;
            });
            doc.DefaultTextStyle(s => s.FontSize(BodySize).FontColor(Color.Black).LineHeight(1.25f));
            for (var i = 0; i < pack.Documents.Count; i++)
            {
                var document = pack.Documents[i];
                var label = i < pack.AppendixLabels.Count ? pack.AppendixLabels[i] : string.Empty;
                doc.Page(page => Paper(page, document, label, inPack: pack.Documents.Count > 1));
            }
        }).GeneratePdf();
    }

    internal static string Subject(PaperPack pack) =>
        pack.Documents.Count switch
        {
            0 => string.Empty,
            1 => PaperWording.KindName(pack.Documents[0].Kind),
            _ => $"{PaperWording.KindName(pack.Documents[0].Kind)} with {Plural.Of(pack.Documents.Count - 1, "appendix", "appendices")}",
        };

    /// <summary>
    /// One paper. In a pack of several, each paper's title is a top-level bookmark with its sections under it; the
    /// contents stay flat either way (they list only this paper's sections).
    /// </summary>
    private static void Paper(PageDescriptor page, PaperDocument document, string appendixLabel, bool inPack)
    {
        page.Size(PageSize.A4);
        page.Margin(Units.Millimetres(20));
        page.Header().PaddingBottom(8).Text(PaperWording.HeaderText(document)).Bold().AlignCenter();
        page.Footer().PaddingTop(8).Text(t =>
        {
            t.AlignCenter();
            t.Span("Page ");
            t.CurrentPageNumber();
            t.Span(" of ");
            t.TotalPages();
        });
        page.Content().Column(col =>
        {
            col.Spacing(8);
            TitlePage(col, document, appendixLabel, inPack);

            // A paper with contents has a title page of its own; a short one without (an agenda) runs on below its title.
            if (document.Sections.Any(s => s.InContents))
            {
                col.Item().PageBreak();
                col.Item().KeepWithNext().Text("Contents").FontSize(14).Bold();
                col.Item().TableOfContents(toc => toc.OnlySectionsStartingWith(document.AnchorPrefix).LevelIndent(0).Spacing(5));
                col.Item().PageBreak();
            }

            foreach (var section in document.Sections)
            {
                var heading = col.Item().PaddingTop(10).KeepWithNext();
                heading = section.InContents ? heading.Section(section.Anchor, section.Title, inPack ? 2 : 1) : heading.Section(section.Anchor);
                heading.Text(section.Title).FontSize(14).Bold();
                foreach (var block in section.Blocks)
                {
                    Block(col.Item(), block);
                }
            }
        });
    }

    /// <summary>The bookmark of a paper's title page in a pack: outside the paper's anchor prefix, so not in its own contents.</summary>
    internal static string TitleAnchor(PaperDocument document) => $"title-{document.PaperId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    internal static string TitleBookmark(PaperDocument document, string appendixLabel) =>
        string.IsNullOrWhiteSpace(appendixLabel) ? document.Title : $"{appendixLabel}: {document.Title}";

    private static void TitlePage(ColumnDescriptor col, PaperDocument document, string appendixLabel, bool inPack)
    {
        col.Item().PaddingTop(60).Text(document.OrganisationName).FontSize(14).Bold();
        if (!string.IsNullOrWhiteSpace(appendixLabel))
        {
            col.Item().PaddingTop(24).Text(appendixLabel).FontSize(16).Bold();
        }

        var title = col.Item().PaddingTop(24);
        if (inPack)
        {
            title = title.Section(TitleAnchor(document), TitleBookmark(document, appendixLabel));
        }

        title.Text(document.Title).FontSize(24).Bold();
        if (!string.IsNullOrWhiteSpace(document.Subtitle))
        {
            col.Item().Text(document.Subtitle).FontSize(16);
        }

        foreach (var line in PaperWording.MeetingLines(document))
        {
            col.Item().Text(line).FontSize(13);
        }

        if (document.IsDraft)
        {
            col.Item().PaddingTop(24).Text(PaperWording.DraftLine(document)).FontSize(14).Bold();
        }
    }

    private static void Block(Container container, DocBlock block)
    {
        switch (block)
        {
            case DocParagraph paragraph when paragraph.Number is { } number:
                container.Row(row =>
                {
                    row.ConstantItem(36).Text(number);
                    row.RelativeItem().Text(t => Runs(t, paragraph.Runs));
                });
                break;
            case DocParagraph paragraph:
                container.Text(t => Runs(t, paragraph.Runs));
                break;
            case DocHeading heading:
                var slot = container.PaddingTop(4).KeepWithNext();
                if (heading.Anchor is { } anchor)
                {
                    slot = slot.Section(anchor);
                }

                slot.Text(heading.Text).FontSize(heading.Level <= 3 ? 12.5f : BodySize).Bold();
                break;
            case DocList list:
                List(container, list);
                break;
            case DocTable table:
                Table(container, table);
                break;
            case DocSignatures signatures:
                container.Column(col =>
                {
                    col.Spacing(12);
                    foreach (var signatory in signatures.Signatories)
                    {
                        col.Item().ShowEntire().Column(s =>
                        {
                            s.Spacing(2);
                            s.Item().PaddingTop(18).Width(220).LineHorizontal(0.75f, Color.Black);
                            s.Item().Text(signatory.Name).Bold();
                            s.Item().Text(signatory.Role);
                            s.Item().Text(PaperWording.Signed(signatory));
                        });
                    }
                });
                break;
            case DocNote note:
                container.Text(note.Text).Italic().FontColor(Muted);
                break;
            default:
                throw new InvalidOperationException($"Unknown block {block.GetType().Name}.");
        }
    }

    private static void Runs(TextDescriptor text, IReadOnlyList<TextRun> runs)
    {
        text.AlignLeft();
        foreach (var run in runs)
        {
            var span = PaperWording.SafeLink(run) is { } url ? text.Hyperlink(run.Text, url) : text.Span(run.Text);
            if (run.Strong)
            {
                span.Bold();
            }

            if (run.Emphasis)
            {
                span.Italic();
            }
        }
    }

    private static void List(Container container, DocList list)
    {
        container.List(l =>
        {
            if (list.Ordered)
            {
                l.Decimal().StartAt(list.Start);
            }
            else
            {
                l.Bullet();
            }

            l.Spacing(3);
            foreach (var item in list.Items)
            {
                if (item.Children.Count == 0)
                {
                    l.Item().Text(t => Runs(t, item.Runs));
                    continue;
                }

                l.Item().Column(c =>
                {
                    c.Spacing(3);
                    c.Item().Text(t => Runs(t, item.Runs));
                    foreach (var child in item.Children)
                    {
                        List(c.Item(), child);
                    }
                });
            }
        });
    }

    private static void Table(Container container, DocTable table)
    {
        container.Column(col =>
        {
            col.Spacing(4);
            if (!table.CaptionRepeatsHeading)
            {
                col.Item().KeepWithNext().Text(table.Caption).Bold();
            }

            col.Item().Table(t =>
            {
                t.ColumnsDefinition(c =>
                {
                    foreach (var column in table.Columns)
                    {
                        c.RelativeColumn(column.RelativeWidth <= 0 ? 1 : column.RelativeWidth);
                    }
                });
                if (table.ShowColumnHeaders)
                {
                    t.Header(h =>
                    {
                        foreach (var column in table.Columns)
                        {
                            h.Cell().Background(Color.LightGrey).Border(0.5f, Rule).Padding(4).Text(column.Header).Bold();
                        }
                    });
                }

                foreach (var row in table.Rows)
                {
                    // Exactly one cell per column, so a short row never shifts the rows after it.
                    for (var i = 0; i < table.Columns.Count; i++)
                    {
                        var cell = i < row.Count ? row[i] : Empty;
                        Cell(t.Cell(), cell, table.FirstColumnIsHeader && i == 0, PaperWording.CellNeedsRagName(cell, table.Columns[i].Header, row.Count > 0 ? row[0] : null));
                    }
                }
            });
        });
    }

    private static void Cell(Container cell, DocCell content, bool rowHeader, bool nameRag)
    {
        var slot = cell.Border(0.5f, Rule);
        var (background, foreground) = content.Rag switch
        {
            RagStatus.Red => (Color.FromHex("#d4351c"), Color.White),
            RagStatus.Amber => (Color.FromHex("#f47738"), Color.Black),
            RagStatus.Green => (Color.FromHex("#00703c"), Color.White),
            _ => (rowHeader ? Color.LightGrey : (Color?)null, Color.Black),
        };
        if (background is { } colour)
        {
            slot = slot.Background(colour);
        }

        slot = slot.Padding(4);
        if (rowHeader || content.Rag is not null)
        {
            slot = slot.DefaultTextStyle(s => s.Bold(rowHeader || content.Rag is not null).FontColor(foreground));
        }

        slot.Column(col =>
        {
            col.Spacing(3);
            if (content.Rag is { } rag && nameRag)
            {
                col.Item().Text(PaperWording.RagName(rag));
            }

            foreach (var block in content.Blocks)
            {
                Block(col.Item(), block);
            }
        });
    }
}

using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Text;

namespace GovernancePortal.Application.Features.Papers.Rendering;

/// <summary>
/// The Word file of a pack (Office Open XML, validated by the Open XML SDK): real Title and Heading 1–4 styles so
/// Word's navigation pane and contents work (paper title = Title, sections = Heading 1, sub-headings = Heading 2/3),
/// bullet and numbered lists from a numbering part, tables whose header row repeats, a header with the protective
/// marking (and DRAFT), a "Page X of Y" footer, one contents field per paper (updated when Word opens the file) and
/// a section break between the papers of a pack.
/// </summary>
public static class PaperWord
{
    private const int TextWidthTwips = 9638; // A4 (11906) less two 20 mm margins (1134 each).
    private const int BulletAbstract = 1;
    private const int DecimalAbstract = 2;
    private const int BulletInstance = 1;
    private const string Font = "Arial";

    public static byte[] Render(PaperPack pack, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(pack);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = Footer();
            var footerId = main.GetIdOfPart(footer);

            var writer = new Writer(main);
            var body = new Body();
            for (var i = 0; i < pack.Documents.Count; i++)
            {
                var document = pack.Documents[i];
                var header = main.AddNewPart<HeaderPart>();
                header.Header = Header(document);
                var sectionProperties = SectionProperties(main.GetIdOfPart(header), footerId);
                writer.Paper(body, document, i < pack.AppendixLabels.Count ? pack.AppendixLabels[i] : string.Empty);
                if (i < pack.Documents.Count - 1)
                {
                    body.Append(new Paragraph(new ParagraphProperties(sectionProperties)));
                }
                else
                {
                    body.Append(sectionProperties);
                }
            }

            if (pack.Documents.Count == 0)
            {
                body.Append(new Paragraph());
            }

            main.Document = new Document(body);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = writer.Numbering();

            var properties = package.PackageProperties;
            properties.Title = pack.Title;
            properties.Subject = PaperPdf.Subject(pack);
            properties.Creator = pack.Documents.Count > 0 ? pack.Documents[0].OrganisationName : null;
            properties.Language = PaperDocument.Language;
            properties.Created = generatedAt.UtcDateTime;
            properties.Modified = generatedAt.UtcDateTime;
        }

        return stream.ToArray();
    }

    /// <summary>Word bookmark names allow letters, digits and underscores only.</summary>
    internal static string Bookmark(string anchor) => new([.. anchor.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);

    private static SectionProperties SectionProperties(string headerId, string footerId) =>
        new(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 567U, Footer = 567U, Gutter = 0U });

    private static Header Header(PaperDocument document)
    {
        var text = PaperWording.HeaderText(document);
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" }, new Justification { Val = JustificationValues.Center }));
        if (text.Length > 0)
        {
            paragraph.Append(new Run(new RunProperties(new Bold()), new Text(text)));
        }

        return new Header(paragraph);
    }

    private static Footer Footer() =>
        new(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Center }),
            new Run(new Text("Page ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" of ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));

    private static Styles Styles()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new Color { Val = "000000" },
                    new FontSize { Val = "22" },
                    new FontSizeComplexScript { Val = "22" },
                    new Languages { Val = PaperDocument.Language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Append(ParagraphStyle("Title", "Title", 48, outlineLevel: null, keepNext: true));
        styles.Append(ParagraphStyle("Subtitle", "Subtitle", 32, outlineLevel: null, keepNext: true, bold: false));
        for (var level = 1; level <= 4; level++)
        {
            styles.Append(ParagraphStyle($"Heading{level.ToString(CultureInfo.InvariantCulture)}", $"heading {level.ToString(CultureInfo.InvariantCulture)}", level switch { 1 => 28, 2 => 25, 3 => 22, _ => 22 }, outlineLevel: level - 1, keepNext: true));
        }

        styles.Append(ParagraphStyle("Caption", "caption", 22, outlineLevel: null, keepNext: true));
        styles.Append(ParagraphStyle("TOCHeading", "TOC Heading", 28, outlineLevel: null, keepNext: true));
        styles.Append(ParagraphStyle("TOC1", "toc 1", 22, outlineLevel: null, keepNext: false, bold: false));
        styles.Append(ParagraphStyle("Header", "header", 22, outlineLevel: null, keepNext: false, bold: false));
        styles.Append(ParagraphStyle("Footer", "footer", 22, outlineLevel: null, keepNext: false, bold: false));
        styles.Append(new Style(
            new StyleName { Val = "Hyperlink" },
            new UIPriority { Val = 99 },
            new StyleRunProperties(new Color { Val = "1D70B8" }, new Underline { Val = UnderlineValues.Single }))
        { Type = StyleValues.Character, StyleId = "Hyperlink" });
        styles.Append(new Style(new StyleName { Val = "Table Grid" }, new UIPriority { Val = 59 }) { Type = StyleValues.Table, StyleId = "TableGrid" });
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, int halfPoints, int? outlineLevel, bool keepNext, bool bold = true)
    {
        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.Append(new KeepNext());
        }

        paragraph.Append(new SpacingBetweenLines { Before = keepNext ? "240" : "0", After = keepNext ? "120" : "0" });
        if (outlineLevel is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        run.Append(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = outlineLevel is null ? 39 : 9 },
            new PrimaryStyle(),
            paragraph,
            run)
        { Type = StyleValues.Paragraph, StyleId = id };
    }

    /// <summary>Writes papers into the body, collecting list numbering instances and bookmark ids as it goes.</summary>
    private sealed class Writer(MainDocumentPart main)
    {
        private readonly List<NumberingInstance> _instances = [new NumberingInstance(new AbstractNumId { Val = BulletAbstract }) { NumberID = BulletInstance }];
        private int _bookmarkId;

        public Numbering Numbering()
        {
            var numbering = new Numbering(AbstractList(BulletAbstract, ordered: false), AbstractList(DecimalAbstract, ordered: true));
            foreach (var instance in _instances)
            {
                numbering.Append(instance);
            }

            return numbering;
        }

        public void Paper(Body body, PaperDocument document, string appendixLabel)
        {
            body.Append(Plain(document.OrganisationName, bold: true, halfPoints: 28));
            if (!string.IsNullOrWhiteSpace(appendixLabel))
            {
                body.Append(Plain(appendixLabel, bold: true, halfPoints: 32));
            }

            body.Append(Styled("Title", document.Title));
            if (!string.IsNullOrWhiteSpace(document.Subtitle))
            {
                body.Append(Styled("Subtitle", document.Subtitle));
            }

            foreach (var line in PaperWording.MeetingLines(document))
            {
                body.Append(Plain(line, bold: false, halfPoints: 26));
            }

            if (document.IsDraft)
            {
                body.Append(Plain(PaperWording.DraftLine(document), bold: true, halfPoints: 28));
            }

            // A paper with contents has a title page of its own, as in the PDF; a short one runs on below its title.
            var paperBookmark = Bookmark(document.AnchorPrefix) + "paper";
            var contents = document.Sections.Where(s => s.InContents).ToList();
            if (contents.Count > 0)
            {
                body.Append(PageBreak());
                body.Append(Styled("TOCHeading", "Contents"));
                Contents(body, contents, paperBookmark);
                body.Append(PageBreak());
            }

            var paperId = (++_bookmarkId).ToString(CultureInfo.InvariantCulture);
            body.Append(new BookmarkStart { Name = paperBookmark, Id = paperId });
            foreach (var section in document.Sections)
            {
                var id = (++_bookmarkId).ToString(CultureInfo.InvariantCulture);
                body.Append(new Paragraph(
                    new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }),
                    new BookmarkStart { Name = Bookmark(section.Anchor), Id = id },
                    new Run(new Text(section.Title)),
                    new BookmarkEnd { Id = id }));
                foreach (var block in section.Blocks)
                {
                    Block(body, block);
                }
            }

            body.Append(new BookmarkEnd { Id = paperId });
        }

        /// <summary>
        /// A TOC field limited to this paper (\b bookmark), pre-filled with linked section titles so the contents
        /// reads correctly before Word updates it (Word then adds page numbers).
        /// </summary>
        private static void Contents(Body body, List<DocSection> sections, string paperBookmark)
        {
            for (var i = 0; i < sections.Count; i++)
            {
                var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC1" }));
                if (i == 0)
                {
                    paragraph.Append(
                        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
                        new Run(new FieldCode($" TOC \\o \"1-1\" \\h \\z \\u \\b {paperBookmark} ") { Space = SpaceProcessingModeValues.Preserve }),
                        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
                }

                paragraph.Append(new Hyperlink(new Run(new RunProperties(new RunStyle { Val = "Hyperlink" }), new Text(sections[i].Title))) { Anchor = Bookmark(sections[i].Anchor), History = true });
                if (i == sections.Count - 1)
                {
                    paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
                }

                body.Append(paragraph);
            }
        }

        private void Block(OpenXmlCompositeElement parent, DocBlock block)
        {
            switch (block)
            {
                case DocParagraph paragraph when paragraph.Number is { } number:
                    var numbered = new Paragraph(new ParagraphProperties(new Indentation { Left = "567", Hanging = "567" }), new Run(new Text(number), new TabChar()));
                    AppendRuns(numbered, paragraph.Runs);
                    parent.Append(numbered);
                    break;
                case DocParagraph paragraph:
                    var plain = new Paragraph();
                    AppendRuns(plain, paragraph.Runs);
                    parent.Append(plain);
                    break;
                case DocHeading heading:
                    var style = heading.Level <= 3 ? "Heading2" : "Heading3";
                    var headingParagraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
                    if (heading.Anchor is { } anchor)
                    {
                        var id = (++_bookmarkId).ToString(CultureInfo.InvariantCulture);
                        headingParagraph.Append(new BookmarkStart { Name = Bookmark(anchor), Id = id }, new Run(new Text(heading.Text)), new BookmarkEnd { Id = id });
                    }
                    else
                    {
                        headingParagraph.Append(new Run(new Text(heading.Text)));
                    }

                    parent.Append(headingParagraph);
                    break;
                case DocList list:
                    List(parent, list, 0);
                    break;
                case DocTable table:
                    Table(parent, table);
                    break;
                case DocSignatures signatures:
                    foreach (var signatory in signatures.Signatories)
                    {
                        parent.Append(
                            new Paragraph(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "480", After = "0" }), new Run(new Text("______________________________"))),
                            new Paragraph(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "0" }), new Run(new RunProperties(new Bold()), new Text(signatory.Name))),
                            new Paragraph(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "0" }), new Run(new Text(signatory.Role))),
                            new Paragraph(new Run(new Text(PaperWording.Signed(signatory)))));
                    }

                    break;
                case DocNote note:
                    parent.Append(new Paragraph(new Run(new RunProperties(new Italic(), new Color { Val = "505A5F" }), new Text(note.Text) { Space = SpaceProcessingModeValues.Preserve })));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block {block.GetType().Name}.");
            }
        }

        private void List(OpenXmlCompositeElement parent, DocList list, int depth)
        {
            var level = Math.Min(depth, 8);
            var numberId = BulletInstance;
            if (list.Ordered)
            {
                numberId = _instances.Count + 1;
                _instances.Add(new NumberingInstance(
                    new AbstractNumId { Val = DecimalAbstract },
                    new LevelOverride(new StartOverrideNumberingValue { Val = Math.Max(list.Start, 0) }) { LevelIndex = level })
                { NumberID = numberId });
            }

            foreach (var item in list.Items)
            {
                var paragraph = new Paragraph(new ParagraphProperties(
                    new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numberId }),
                    new SpacingBetweenLines { After = "60" }));
                AppendRuns(paragraph, item.Runs);
                parent.Append(paragraph);
                foreach (var child in item.Children)
                {
                    List(parent, child, depth + 1);
                }
            }
        }

        private void Table(OpenXmlCompositeElement parent, DocTable table)
        {
            if (!table.CaptionRepeatsHeading)
            {
                parent.Append(Styled("Caption", table.Caption));
            }

            var total = table.Columns.Sum(c => c.RelativeWidth <= 0 ? 1 : c.RelativeWidth);
            var widths = table.Columns.Select(c => (int)(TextWidthTwips * (c.RelativeWidth <= 0 ? 1 : c.RelativeWidth) / total)).ToList();
            var border = (uint)4;
            var result = new Table(
                new TableProperties(
                    new TableStyle { Val = "TableGrid" },
                    new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = border, Color = "505A5F" },
                        new LeftBorder { Val = BorderValues.Single, Size = border, Color = "505A5F" },
                        new BottomBorder { Val = BorderValues.Single, Size = border, Color = "505A5F" },
                        new RightBorder { Val = BorderValues.Single, Size = border, Color = "505A5F" },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = border, Color = "505A5F" },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = border, Color = "505A5F" })),
                new TableGrid([.. widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })]));
            if (table.ShowColumnHeaders)
            {
                var header = new TableRow(new TableRowProperties(new TableHeader()));
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    header.Append(new TableCell(
                        new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }, new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F3F2F1" }),
                        new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), new Run(new RunProperties(new Bold()), new Text(table.Columns[i].Header)))));
                }

                result.Append(header);
            }

            foreach (var row in table.Rows)
            {
                var tableRow = new TableRow();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    var cell = i < row.Count ? row[i] : new DocCell([]);
                    tableRow.Append(Cell(cell, widths[i], table.FirstColumnIsHeader && i == 0, PaperWording.CellNeedsRagName(cell, table.Columns[i].Header, row.Count > 0 ? row[0] : null)));
                }

                result.Append(tableRow);
            }

            parent.Append(result);
            parent.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
        }

        private TableCell Cell(DocCell content, int width, bool rowHeader, bool nameRag)
        {
            var fill = content.Rag switch
            {
                RagStatus.Red => "D4351C",
                RagStatus.Amber => "F47738",
                RagStatus.Green => "00703C",
                _ => rowHeader ? "F3F2F1" : null,
            };
            var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (fill is not null)
            {
                properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
            }

            var cell = new TableCell(properties);
            if (content.Rag is { } rag && nameRag)
            {
                cell.Append(new Paragraph(new Run(new Text(PaperWording.RagName(rag)))));
            }

            foreach (var block in content.Blocks)
            {
                Block(cell, block);
            }

            if (!cell.Elements<Paragraph>().Any() && !cell.Elements<Table>().Any())
            {
                cell.Append(new Paragraph());
            }

            var white = content.Rag is RagStatus.Red or RagStatus.Green;
            if (rowHeader || content.Rag is not null)
            {
                foreach (var run in cell.Descendants<Run>())
                {
                    var runProperties = run.RunProperties ?? run.PrependChild(new RunProperties());
                    if (runProperties.Bold is null)
                    {
                        runProperties.Bold = new Bold();
                    }

                    if (white)
                    {
                        runProperties.Color = new Color { Val = "FFFFFF" };
                    }
                }
            }

            return cell;
        }

        private void AppendRuns(Paragraph paragraph, IReadOnlyList<TextRun> runs)
        {
            foreach (var run in runs)
            {
                var properties = new RunProperties();
                if (PaperWording.SafeLink(run) is not null)
                {
                    properties.RunStyle = new RunStyle { Val = "Hyperlink" };
                }

                if (run.Strong)
                {
                    properties.Bold = new Bold();
                }

                if (run.Emphasis)
                {
                    properties.Italic = new Italic();
                }

                var element = new Run(properties, new Text(run.Text) { Space = SpaceProcessingModeValues.Preserve });
                if (PaperWording.SafeLink(run) is { } url)
                {
                    var relationship = main.AddHyperlinkRelationship(new Uri(url, UriKind.Absolute), true);
                    paragraph.Append(new Hyperlink(element) { Id = relationship.Id, History = true });
                }
                else
                {
                    paragraph.Append(element);
                }
            }
        }

        private static AbstractNum AbstractList(int id, bool ordered)
        {
            var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
            for (var level = 0; level < 9; level++)
            {
                var bullet = (level % 3) switch { 0 => "•", 1 => "◦", _ => "▪" };
                abstractNum.Append(new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = ordered ? NumberFormatValues.Decimal : NumberFormatValues.Bullet },
                    new LevelText { Val = ordered ? $"%{(level + 1).ToString(CultureInfo.InvariantCulture)}." : bullet },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = (360 * (level + 2)).ToString(CultureInfo.InvariantCulture), Hanging = "360" }))
                { LevelIndex = level });
            }

            return abstractNum;
        }

        private static Paragraph Styled(string style, string text) =>
            new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

        private static Paragraph Plain(string text, bool bold, int halfPoints)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Bold = new Bold();
            }

            properties.FontSize = new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) };
            return new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        private static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));
    }
}

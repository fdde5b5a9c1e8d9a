using GovernancePortal.Documents.Fonts;
using GovernancePortal.Documents.Layout;
using GovernancePortal.Documents.Rendering;

namespace GovernancePortal.Documents;

/// <summary>
/// A document composed with the fluent API and rendered to PDF.
/// <code>
/// var pdf = Document.Create(doc =>
/// {
///     doc.Metadata(m => { m.Title = "Report"; m.Language = "en-GB"; });
///     doc.Page(page =>
///     {
///         page.Margin(50);
///         page.Content().Column(col => col.Item().Text("Hello"));
///     });
/// }).GeneratePdf();
/// </code>
/// The compose action runs once per <see cref="Generate"/> call; when page totals or section pages are shown the
/// same element tree is laid out a second time.
/// </summary>
public sealed class Document
{
    private readonly Action<DocumentDescriptor> _compose;

    private Document(Action<DocumentDescriptor> compose) => _compose = compose;

    public static Document Create(Action<DocumentDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        return new Document(compose);
    }

    /// <summary>Lays out and renders the document.</summary>
    /// <exception cref="LayoutException">Some content can never fit on a page.</exception>
    /// <exception cref="FontResolutionException">No configured font is installed.</exception>
    public byte[] GeneratePdf() => Generate().Pdf;

    public void GeneratePdf(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(GeneratePdf());
    }

    public void GeneratePdf(string path) => File.WriteAllBytes(path, GeneratePdf());

    /// <summary>Lays out and renders the document, returning the PDF with facts about the layout.</summary>
    public GeneratedDocument Generate()
    {
        var (result, model, passes) = Layout();
        try
        {
            var outline = model.Metadata.Bookmarks
                ? model.Prepare.Sections.Where(s => result.SectionPages.ContainsKey(s.Id)).Select(s => new OutlineEntry(s.Id, s.Title, s.Level)).ToList()
                : [];
            var pdf = PdfWriter.Write(result.Recorded, model.Metadata, model.Fonts, outline);
            return new GeneratedDocument(pdf, result.Pages, passes, result.SectionPages);
        }
        finally
        {
            Dispose(model);
            foreach (var owned in result.Owned)
            {
                owned.Dispose();
            }
        }
    }

    /// <summary>
    /// Runs the layout passes and returns the recorded pages of the final pass (the caller disposes the model).
    /// A counting pass comes first only when page totals or section page numbers are shown; passes repeat until
    /// those numbers are stable (at most four).
    /// </summary>
    internal (PassResult Result, DocumentModel Model, int Passes) Layout()
    {
        var model = Build();
        try
        {
            var inputs = PassInputs.First;
            var needsReferences = model.Prepare.NeedsPageReferences;
            for (var pass = 1; ; pass++)
            {
                var recording = !needsReferences || pass > 1;
                var result = DocumentLayout.Run(model, inputs, recording);
                var stable = result.Pages == inputs.TotalPages && SameSections(result.SectionPages, inputs.SectionPages);
                if (recording && (!needsReferences || stable || pass >= 4))
                {
                    return (result, model, pass);
                }

                foreach (var owned in result.Owned)
                {
                    owned.Dispose();
                }

                // The same tree is laid out again: containers reset themselves when complete; reset the rest.
                foreach (var state in model.Prepare.PassStates)
                {
                    state.ResetPass();
                }

                inputs = new PassInputs(result.Pages, result.SectionPages);
            }
        }
        catch
        {
            Dispose(model);
            throw;
        }
    }

    internal static void Dispose(DocumentModel model)
    {
        foreach (var disposable in model.Prepare.Disposables)
        {
            disposable.Dispose();
        }
    }

    internal DocumentModel Build()
    {
        var descriptor = new DocumentDescriptor();
        _compose(descriptor);
        if (descriptor.PageSets.Count == 0)
        {
            throw new InvalidOperationException("The document has no pages: call Page(...) at least once.");
        }

        var fonts = descriptor.FontLibrary ?? FontLibrary.Default;
        var prepare = new PrepareContext(fonts, descriptor.Style);
        var documentStyle = prepare.CurrentStyle;
        for (var i = 0; i < descriptor.PageSets.Count; i++)
        {
            descriptor.PageSets[i].Prepare(i + 1, prepare, documentStyle);
        }

        foreach (var toc in prepare.TablesOfContents)
        {
            toc.Build(prepare);
        }

        prepare.Validate();
        return new DocumentModel(descriptor.PageSets, descriptor.MetadataValue, fonts, prepare);
    }

    private static bool SameSections(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var page) && page == pair.Value);
}

/// <summary>The output of <see cref="Document.Generate"/>.</summary>
/// <param name="Pdf">The PDF bytes.</param>
/// <param name="PageCount">Number of pages.</param>
/// <param name="Passes">Layout passes run: 1, or 2 when page totals or section page numbers are shown.</param>
/// <param name="SectionPages">Page on which each named section starts.</param>
public sealed record GeneratedDocument(byte[] Pdf, int PageCount, int Passes, IReadOnlyDictionary<string, int> SectionPages);

/// <summary>Describes the whole document: metadata, fonts, default style and page sets.</summary>
public sealed class DocumentDescriptor
{
    internal DocumentDescriptor()
    {
    }

    internal List<PageDescriptor> PageSets { get; } = [];

    internal DocumentMetadata MetadataValue { get; private set; } = new();

    internal FontLibrary? FontLibrary { get; private set; }

    internal TextStyle Style { get; private set; } = TextStyle.Default;

    public DocumentDescriptor Metadata(Action<DocumentMetadata> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(MetadataValue);
        return this;
    }

    public DocumentDescriptor Metadata(DocumentMetadata metadata)
    {
        MetadataValue = metadata ?? throw new ArgumentNullException(nameof(metadata));
        return this;
    }

    /// <summary>Fonts to use; <see cref="FontLibrary.Default"/> when not set.</summary>
    public DocumentDescriptor Fonts(FontLibrary library)
    {
        FontLibrary = library ?? throw new ArgumentNullException(nameof(library));
        return this;
    }

    public DocumentDescriptor DefaultTextStyle(TextStyle style)
    {
        Style = style ?? throw new ArgumentNullException(nameof(style));
        return this;
    }

    public DocumentDescriptor DefaultTextStyle(Func<TextStyle, TextStyle> style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return DefaultTextStyle(style(TextStyle.Default));
    }

    /// <summary>Adds a page set: pages of one size and layout. Each page set starts on a new page.</summary>
    public DocumentDescriptor Page(Action<PageDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var page = new PageDescriptor();
        compose(page);
        PageSets.Add(page);
        return this;
    }
}

/// <summary>Describes a page set: size, margins, header, footer and flowing content.</summary>
public sealed class PageDescriptor
{
    private readonly SlotElement _header = new("Header");
    private readonly SlotElement _footer = new("Footer");
    private readonly SlotElement _content = new("Content");
    private bool _headerUsed;
    private bool _footerUsed;
    private bool _contentUsed;

    internal PageDescriptor()
    {
    }

    internal PageSize PageSize { get; private set; } = PageSize.A4;

    internal (float Left, float Top, float Right, float Bottom) Margins { get; private set; } = (Units.Centimetres(2), Units.Centimetres(2), Units.Centimetres(2), Units.Centimetres(2));

    internal TextStyle Style { get; private set; } = TextStyle.Default;

    internal Element HeaderElement => _header;

    internal Element FooterElement => _footer;

    internal Element ContentElement => _content;

    public PageDescriptor Size(PageSize size)
    {
        if (size.Width <= 0 || size.Height <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "Page size must be positive.");
        }

        PageSize = size;
        return this;
    }

    public PageDescriptor Margin(float all) => Margin(all, all, all, all);

    public PageDescriptor MarginHorizontal(float value) => Margin(value, Margins.Top, value, Margins.Bottom);

    public PageDescriptor MarginVertical(float value) => Margin(Margins.Left, value, Margins.Right, value);

    public PageDescriptor Margin(float left, float top, float right, float bottom)
    {
        Margins = (left, top, right, bottom);
        return this;
    }

    public PageDescriptor DefaultTextStyle(TextStyle style)
    {
        Style = style ?? throw new ArgumentNullException(nameof(style));
        return this;
    }

    public PageDescriptor DefaultTextStyle(Func<TextStyle, TextStyle> style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return DefaultTextStyle(style(TextStyle.Default));
    }

    /// <summary>Drawn at the top of every page of the set (use ShowOnce/SkipOnce inside for first-page variations).</summary>
    public Container Header() => Slot(_header, ref _headerUsed, "Header");

    /// <summary>Drawn at the bottom of every page of the set.</summary>
    public Container Footer() => Slot(_footer, ref _footerUsed, "Footer");

    /// <summary>The flowing content, continued over as many pages as needed.</summary>
    public Container Content() => Slot(_content, ref _contentUsed, "Content");

    internal void Prepare(int index, PrepareContext context, TextStyle documentStyle)
    {
        context.CurrentStyle = Style.InheritFrom(documentStyle);
        foreach (var slot in new[] { _header, _footer, _content })
        {
            slot.SetPageSet(index);
            slot.Prepare(context);
        }

        context.CurrentStyle = documentStyle;
    }

    private static Container Slot(SlotElement slot, ref bool used, string name)
    {
        if (used)
        {
            throw new InvalidOperationException($"{name}() was already called for this page set; put several elements in a Column.");
        }

        used = true;
        return new Container(child => slot.Child = child);
    }
}

/// <summary>Root of a header, footer or content tree; names the page set in element paths.</summary>
internal sealed class SlotElement(string name) : ContainerElement
{
    private int _pageSet;

    public void SetPageSet(int index) => _pageSet = index;

    protected override string Describe() => $"Page set {_pageSet} / {name}";
}

internal sealed record DocumentModel(List<PageDescriptor> PageSets, DocumentMetadata Metadata, FontLibrary Fonts, PrepareContext Prepare);

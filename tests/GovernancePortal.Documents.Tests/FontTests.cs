using GovernancePortal.Documents.Fonts;
using UglyToad.PdfPig;

namespace GovernancePortal.Documents.Tests;

public sealed class FontTests
{
    private const string LiberationRegular = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf";

    [Fact]
    public void FontLibrary_NoConfiguredFamilyInstalled_ThrowsNamingFamiliesTriedAndPackage()
    {
        var error = Assert.Throws<FontResolutionException>(() =>
            new FontLibrary(new FontOptions { Families = ["No Such Family One", "No Such Family Two"] }));

        Assert.Contains("'No Such Family One'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'No Such Family Two'", error.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-liberation2", error.Message, StringComparison.Ordinal);
        Assert.Equal(["No Such Family One", "No Such Family Two"], error.FamiliesTried);
    }

    [Fact]
    public void FontLibrary_DefaultChain_UsesAFamilyThatIsReallyInstalled()
    {
        var library = FontLibrary.Default;
        var installed = SkiaSharp.SKFontManager.Default.FontFamilies.ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Contains(library.PrimaryFamily, FontOptions.DefaultFamilies);
        Assert.Contains(library.PrimaryFamily, installed);
        if (!installed.Contains("Arial"))
        {
            // SkiaSharp answers "Arial" with a substitute; the chain must have moved on rather than accept it.
            Assert.NotEqual("Arial", library.PrimaryFamily);
        }
    }

    [Fact]
    public void FontLibrary_ExplicitFiles_UsesTheFileFamily()
    {
        Assert.SkipUnless(File.Exists(LiberationRegular), "fonts-liberation2 is not installed");

        using var library = new FontLibrary(new FontOptions { Files = new FontFiles(LiberationRegular), Families = ["DejaVu Sans"] });
        var pdf = Document.Create(doc =>
        {
            doc.Fonts(library);
            doc.Page(p => p.Content().Text(t =>
            {
                t.Span("Regular ");
                t.Span("bold").Bold();
            }));
        }).GeneratePdf();

        Assert.Equal("Liberation Sans", library.PrimaryFamily);
        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();
        Assert.All(fonts, f => Assert.Contains("LiberationSans", f, StringComparison.Ordinal));
    }

    [Fact]
    public void FontLibrary_MissingFontFile_ThrowsNamingThePath()
    {
        var error = Assert.Throws<FontResolutionException>(() => new FontLibrary(new FontOptions { Files = new FontFiles("/nope/missing.ttf") }));

        Assert.Contains("/nope/missing.ttf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_TypographicCharacters_RenderAndExtractExactly()
    {
        const string text = "£1,250 – it’s “quoted” café • done";

        var pdf = Compose.Simple(c => c.Text(text)).GeneratePdf();

        Assert.Equal(text, string.Join(' ', PdfReader.Words(pdf)[0]));
        using var document = PdfDocument.Open(pdf);
        Assert.DoesNotContain(document.GetPage(1).Letters, l => l.Value == "\uFFFD" || l.Value.Length == 0);
    }

    [Fact]
    public void Text_CharacterMissingFromPrimaryFont_FallsBackToAFontThatHasIt()
    {
        var face = FontLibrary.Default.GetFace(null, bold: false, italic: false);
        const int checkMark = 0x2713;
        Assert.SkipWhen(face.Primary.Typeface.ContainsGlyph(checkMark), "primary font already has the check mark");
        var (_, variant) = face.Glyph(checkMark);
        Assert.SkipWhen(variant == 0, "no installed font has U+2713");

        var pdf = Compose.Simple(c => c.Text("done \u2713 ok")).GeneratePdf();

        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        var check = Assert.Single(letters, l => l.Value == "\u2713");
        Assert.NotEqual(letters[0].FontName, check.FontName);
    }

    [Fact]
    public void GeneratePdf_SubsettingOn_EmbedsFarLessThanWholeFonts()
    {
        var subset = Build(subsetFonts: true);
        var whole = Build(subsetFonts: false);

        Assert.True(subset.Length * 3 < whole.Length, $"subset {subset.Length} bytes vs whole {whole.Length} bytes");
        Assert.Equal(PdfReader.Words(whole), PdfReader.Words(subset));

        static byte[] Build(bool subsetFonts)
        {
            using var library = new FontLibrary(new FontOptions { SubsetFonts = subsetFonts });
            return Document.Create(doc =>
            {
                doc.Fonts(library);
                doc.Metadata(m => m.CreationDate = Compose.FixedDate);
                doc.Page(p => p.Content().Column(col =>
                {
                    col.Item().Text("Heading").Bold().FontSize(18);
                    col.Item().Text("Body text with £ – ’ “ ” é • characters.");
                }));
            }).GeneratePdf();
        }
    }
}

using System.Diagnostics;

namespace GovernancePortal.Documents.Tests;

public sealed class RenderingTests
{
    /// <summary>1×1 red PNG.</summary>
    private static readonly byte[] RedPixel = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    [Fact]
    public void Image_FitWidthInConstrainedBox_IsDrawnAtRequestedSize()
    {
        var pdf = Compose.Simple(c => c.Column(col =>
        {
            col.Item().Width(120).Image(RedPixel);
            col.Item().Text("After");
        })).GeneratePdf();

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var image = Assert.Single(page.GetImages());
        Assert.Equal(120, image.BoundingBox.Width, 1);
        Assert.Equal(120, image.BoundingBox.Height, 1);
        var after = page.GetWords().Single(w => w.Text == "After");
        Assert.True(after.BoundingBox.Top <= image.BoundingBox.Bottom + 0.5);
    }

    [Fact]
    public void Canvas_VectorDrawing_TakesItsHeightAndStaysVector()
    {
        var pdf = Compose.Simple(c => c.Column(col =>
        {
            col.Item().Canvas(100, SampleDocument.BarChart);
            col.Item().Text("Below");
        })).GeneratePdf();

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var below = page.GetWords().Single(w => w.Text == "Below");
        Assert.InRange(page.Height - below.BoundingBox.Top, 150, 153);
        Assert.Empty(page.GetImages());
    }

    [Fact]
    public void Canvas_TallerThanPage_ThrowsLayoutErrorNamingCanvas()
    {
        var document = Compose.Simple(c => c.Canvas(1000, (_, _, _) => { }));

        var error = Assert.Throws<GovernancePortal.Documents.Layout.LayoutException>(() => document.Generate());

        Assert.EndsWith("Canvas (height 1000)", error.ElementPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_InvalidData_ThrowsArgumentException()
    {
        var document = Compose.Simple(c => c.Image([1, 2, 3]));

        Assert.Throws<ArgumentException>(() => document.Generate());
    }

    [Fact]
    public void Sample_RenderedWithPdftoppm_ProducesPngPages()
    {
        Assert.SkipUnless(File.Exists("/usr/bin/pdftoppm"), "poppler-utils is not installed");
        var keep = Environment.GetEnvironmentVariable("DOCUMENTS_SAMPLE_OUT");
        var directory = keep is { Length: > 0 } ? Directory.CreateDirectory(keep) : Directory.CreateTempSubdirectory("documents-sample-");
        try
        {
            var pdfPath = Path.Combine(directory.FullName, "sample.pdf");
            SampleDocument.Create().GeneratePdf(pdfPath);

            using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftoppm", ["-r", "40", "-png", pdfPath, Path.Combine(directory.FullName, "page")])
            {
                RedirectStandardError = true,
            })!;
            Assert.True(process.WaitForExit(30_000), "pdftoppm timed out");

            Assert.Equal(0, process.ExitCode);
            var pngs = directory.GetFiles("page-*.png");
            Assert.True(pngs.Length >= 2);
            Assert.All(pngs, png => Assert.True(png.Length > 1000));
        }
        finally
        {
            if (keep is not { Length: > 0 })
            {
                directory.Delete(recursive: true);
            }
        }
    }
}

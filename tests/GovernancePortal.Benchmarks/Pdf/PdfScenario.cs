using System.Globalization;

namespace GovernancePortal.Benchmarks.Pdf;

/// <summary>
/// <c>pdf [--out DIR] [--control-subset]</c>: an AGS-like report of ~40 and ~400 pages rendered by our engine,
/// against a raw SkiaSharp control and a warm headless Chromium control measured in the same run.
/// </summary>
internal sealed class PdfScenario : IBenchmarkScenario
{
    public string Name => "pdf";

    public string Description => "AGS-like 40- and 400-page PDF: our engine vs raw SkiaSharp vs warm Chromium. Options: --out DIR, --control-subset";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        string? outDir = null;
        var controlSubset = false;
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--out" when i + 1 < arguments.Count:
                    outDir = arguments[++i];
                    Directory.CreateDirectory(outDir);
                    break;
                case "--control-subset":
                    controlSubset = true;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown option '{arguments[i]}'. Options: --out DIR, --control-subset");
                    return 2;
            }
        }

        var chromiumPath = ChromiumControl.FindChromium();
        if (chromiumPath is null)
        {
            Console.Error.WriteLine("Chromium not found (apt-get install chromium, or set CHROMIUM_PATH).");
            return 1;
        }

        await using var chromium = await ChromiumControl.StartAsync(chromiumPath);

        // Let the browser finish starting (it would otherwise compete for the 2 cores with the first timings).
        await chromium.PrintAsync("<p>warm-up</p>", "<span></span>");
        await Task.Delay(TimeSpan.FromSeconds(2));
        await RunCaseAsync("ags40", targetPages: 40, warmup: 10, iterations: 15, chromiumIterations: 7, chromium, outDir, controlSubset);
        await RunCaseAsync("ags400", targetPages: 400, warmup: 3, iterations: 5, chromiumIterations: 3, chromium, outDir, controlSubset);
        return 0;
    }

    private static async Task RunCaseAsync(string name, int targetPages, int warmup, int iterations, int chromiumIterations, ChromiumControl chromium, string? outDir, bool controlSubset)
    {
        var sample = Calibrate(targetPages);
        var document = EngineDocument.Create(sample);
        byte[] pdf = [];
        var pages = 0;
        var ours = Measurement.Run(warmup, iterations, () =>
        {
            var result = document.Generate();
            pdf = result.Pdf;
            pages = result.PageCount;
        });

        using var control = new RawSkiaControl(document, controlSubset);
        byte[] controlPdf = [];
        var raw = Measurement.Run(warmup, iterations, () => controlPdf = control.Render());

        var html = HtmlDocument.Create(sample);
        var footer = HtmlDocument.Footer(sample.Title);
        byte[] chromiumPdf = [];
        var browser = await Measurement.RunAsync(warmup: 2, chromiumIterations, async () => chromiumPdf = await chromium.PrintAsync(html, footer));

        if (outDir is not null)
        {
            await File.WriteAllBytesAsync(Path.Combine(outDir, $"{name}.pdf"), pdf);
            await File.WriteAllBytesAsync(Path.Combine(outDir, $"{name}-rawskia.pdf"), controlPdf);
            await File.WriteAllBytesAsync(Path.Combine(outDir, $"{name}-chromium.pdf"), chromiumPdf);
        }

        Console.Error.WriteLine(
            $"# {name}: {pages} pages ({sample.Sections.Count} sections); ours {Times(ours)}; raw skia {Times(raw)} ({control.TextRuns} text runs, {controlPdf.Length / 1024} KB); "
            + $"chromium {Times(browser)} ({chromiumPdf.Length / 1024} KB)");
        Print($"pdf.{name}.median_ms", ours.MedianMs);
        Print($"pdf.{name}.pages_per_s", pages / (ours.MedianMs / 1000));
        Print($"pdf.{name}.alloc_mb", ours.MeanAllocatedMb);
        Print($"pdf.{name}.size_kb", pdf.Length / 1024.0);
        Print($"pdf.{name}.vs_raw_skia", ours.MedianMs / raw.MedianMs);
        Print($"pdf.{name}.chromium_speedup", browser.MedianMs / ours.MedianMs);
    }

    /// <summary>The smallest number of sections whose document has at least the target page count.</summary>
    private static AgsSample Calibrate(int targetPages)
    {
        var sections = Math.Max(1, targetPages * 3 / 4);
        var sample = AgsSample.Create(sections);
        var pages = EngineDocument.Create(sample).Generate().PageCount;
        if (Math.Abs(pages - targetPages) > 2)
        {
            sections = Math.Max(1, (int)Math.Round(sections * (double)targetPages / pages));
            sample = AgsSample.Create(sections);
            pages = EngineDocument.Create(sample).Generate().PageCount;
        }

        while (pages < targetPages)
        {
            sections++;
            sample = AgsSample.Create(sections);
            pages = EngineDocument.Create(sample).Generate().PageCount;
        }

        while (sections > 1)
        {
            var smaller = AgsSample.Create(sections - 1);
            if (EngineDocument.Create(smaller).Generate().PageCount < targetPages)
            {
                break;
            }

            sections--;
            sample = smaller;
        }

        return sample;
    }

    private static string Times(Measurement m) => $"median {m.MedianMs:0.0} ms [{string.Join(", ", m.TimesMs.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))}]";

    private static void Print(string name, double value) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.##}"));
}

using Microsoft.Playwright;

namespace GovernancePortal.Benchmarks.Pdf;

/// <summary>
/// The Chromium control: Debian's headless Chromium driven by Playwright, browser and page kept warm;
/// each run sets the HTML content and prints it to PDF with a "Page X of Y" footer.
/// </summary>
internal sealed class ChromiumControl : IAsyncDisposable
{
    private static readonly string[] LaunchArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;

    private ChromiumControl(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        _page = page;
    }

    public static string? FindChromium() =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(path => path is { Length: > 0 } && File.Exists(path));

    public static async Task<ChromiumControl> StartAsync(string executablePath)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executablePath,
            Headless = true,
            Args = LaunchArgs,
        });
        var page = await browser.NewPageAsync();
        return new ChromiumControl(playwright, browser, page);
    }

    public async Task<byte[]> PrintAsync(string html, string footerTemplate)
    {
        await _page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        return await _page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = footerTemplate,
            Margin = new Margin { Top = "20mm", Bottom = "24mm", Left = "20mm", Right = "20mm" },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _page.CloseAsync();
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}

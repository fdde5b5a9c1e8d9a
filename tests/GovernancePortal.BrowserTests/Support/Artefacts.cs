using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace GovernancePortal.BrowserTests.Support;

/// <summary>
/// Screenshots for people to look at (the screenshot sweep, and failing tests: <see cref="BrowserTest"/>), and the
/// accessibility check every page must pass.
/// </summary>
public static class Artefacts
{
    /// <summary>test-artefacts/screenshots in the repository (git-ignored), or GP_ARTEFACTS.</summary>
    public static string Folder { get; } = CreateFolder();

    public static async Task ScreenshotAsync(this IPage page, string name, bool fullPage = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = fullPage });
    }

    /// <summary>
    /// Runs axe-core for WCAG 2.0, 2.1 and 2.2 A and AA and fails with a readable list of violations. axe runs in the
    /// page itself: the portal's pages have no frames (checked), so the frame-by-frame run of Deque's RunAxe, which
    /// opens a second page to merge the results, costs four times as much for the same rules on the same elements.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Assert.True(page.Frames.Count == 1, $"{page.Url} has frames; axe must run in each of them.");
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Url = AxeScriptPath });
        }

        var violations = await page.EvaluateAsync<string[]>(AxeRun);
        Assert.True(violations.Length == 0, $"Accessibility violations on {page.Url}:\n" + string.Join("\n", violations));
    }

    /// <summary>Where the browser tests' app serves <see cref="AxeScript"/> (see <see cref="KestrelPortal"/>).</summary>
    public const string AxeScriptPath = "/test-support/axe.min.js";

    /// <summary>axe-core as the Deque.AxeCore package bundles it (installed by NuGet, never copied into the repository).</summary>
    public static string AxeScript => AxeScriptSource.Value;

    private static readonly Lazy<string> AxeScriptSource = new(() => new BundledAxeScriptProvider().GetScript());

    // Every rule tagged WCAG 2.0/2.1/2.2 A or AA runs on every element; only the violations are collected and sent back.
    private const string AxeRun = """
        async () => {
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            resultTypes: ['violations'],
          });
          return result.violations.map(v =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
        }
        """;

    private static string CreateFolder()
    {
        var folder = Environment.GetEnvironmentVariable("GP_ARTEFACTS") is { Length: > 0 } configured
            ? Path.Combine(configured, "screenshots")
            : Path.Combine(RepositoryRoot(), "test-artefacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GovernancePortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Path.GetTempPath();
    }
}

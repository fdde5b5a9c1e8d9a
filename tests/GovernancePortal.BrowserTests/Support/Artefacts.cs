using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
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

    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }

    /// <summary>Runs axe-core for WCAG 2.0, 2.1 and 2.2 A and AA and fails with a readable list of violations.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            // Every rule still runs on every element; only the violations are collected and sent back (not the passes).
            ResultTypes = [ResultType.Violations],
        });
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.True(violations.Count == 0, $"Accessibility violations on {page.Url}:\n" + string.Join("\n", violations));
    }

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

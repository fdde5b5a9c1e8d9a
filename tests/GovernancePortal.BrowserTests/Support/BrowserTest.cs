using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Improvement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace GovernancePortal.BrowserTests.Support;

/// <summary>
/// A browser test: its pages come from the shared <see cref="BrowserFixture"/> and are closed when the test ends. A test
/// that fails leaves a full-page screenshot of each of its open pages in test-artefacts/screenshots (failed-…png);
/// passing tests take none (the screenshot sweep takes the pictures people look at).
/// </summary>
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly List<IPage> _pages = [];

    protected BrowserFixture Fixture => fixture;

    /// <summary>A page signed in to nothing.</summary>
    protected async Task<IPage> NewPageAsync() => Track(await fixture.NewPageAsync());

    /// <summary>A page signed in as <paramref name="email"/>, showing <paramref name="url"/> (see <see cref="BrowserFixture.SignedInPageAsync"/>).</summary>
    protected async Task<IPage> SignedInPageAsync(string email, string url = "/") => Track(await fixture.SignedInPageAsync(email, url));

    /// <summary>The id of the Met's action <paramref name="code"/> in its active plan.</summary>
    protected async Task<int> MetActionIdAsync(string code)
    {
        await using var scope = fixture.Portal.NewScope();
        await using var db = fixture.Portal.NewDbContext(scope.ServiceProvider, new SystemUser("browser tests"));
        return await db.ImprovementActions.Where(a => a.Code == code && a.Area!.Plan!.Organisation!.Code == "MPS" && a.Area.Plan.Status == PlanStatus.Active)
            .OrderByDescending(a => a.Id).Select(a => a.Id).FirstAsync();
    }

    private IPage Track(IPage page)
    {
        _pages.Add(page);
        return page;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        var failed = TestContext.Current.TestState?.Result == TestResult.Failed;
        var name = TestContext.Current.TestMethod?.MethodName ?? GetType().Name;
        for (var i = 0; i < _pages.Count; i++)
        {
            var page = _pages[i];
            if (failed && !page.IsClosed)
            {
                try
                {
                    await page.ScreenshotAsync($"failed-{name}-{i + 1}");
                }
                catch (PlaywrightException)
                {
                    // The picture is a courtesy; the test's own failure is what is reported.
                }
            }

            await page.Context.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }
}

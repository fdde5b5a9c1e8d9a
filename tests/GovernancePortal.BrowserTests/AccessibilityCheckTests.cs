using GovernancePortal.BrowserTests.Support;

namespace GovernancePortal.BrowserTests;

/// <summary>The accessibility check itself (<see cref="Artefacts.AssertAccessibleAsync"/>) fails on a page that breaks a WCAG rule.</summary>
public sealed class AccessibilityCheckTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task AssertAccessible_UnlabelledInput_FailsNamingTheRule()
    {
        var page = await NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>Check</title></head>
            <body><main><h1>Check</h1><input type="text"></main></body></html>
            """);

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(page.AssertAccessibleAsync);

        Assert.Contains("label (critical)", failure.Message, StringComparison.Ordinal);
    }
}

using GovernancePortal.BrowserTests.Support;

namespace GovernancePortal.BrowserTests;

/// <summary>The accessibility check itself (<see cref="Artefacts.AssertAccessibleAsync"/>) fails on a page that breaks a WCAG rule.</summary>
public sealed class AccessibilityCheckTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task AssertAccessible_UnlabelledInputOnAPortalPage_FailsNamingTheRule()
    {
        // A real page of the portal (so axe loads as it does for every test), with an input that has no label.
        var page = await NewPageAsync();
        await page.GotoAsync("/accessibility");
        await page.Locator("main").EvaluateAsync("main => main.insertAdjacentHTML('beforeend', '<input type=\"text\">')");

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(page.AssertAccessibleAsync);

        Assert.Contains("label (critical)", failure.Message, StringComparison.Ordinal);
    }
}

using System.Text.RegularExpressions;
using GovernancePortal.BrowserTests.Support;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.Playwright;

namespace GovernancePortal.BrowserTests;

public sealed partial class FrameworkTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>The pages on this path are axe-checked, as the same officer, in AccessibilitySweepTests.</summary>
    [Fact]
    public async Task Browse_MetFrameworkAreaAndSearch_FindsTheAreaAndResults()
    {
        var page = await SignedInPageAsync(PortalFactory.Accounts.MetGovernance);

        await page.GetByRole(AriaRole.Link, new() { Name = "Framework", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Governance framework", Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Met framework 2016/17" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.app-area-table tbody tr")).ToHaveCountAsync(14);

        await page.GetByRole(AriaRole.Link, new() { Name = "Risk Management" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Key controls to manage this activity" })).ToBeVisibleAsync();

        await page.GotoAsync("/framework");
        await page.GetByLabel("Search the framework").FillAsync("business continuity");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = ResultsHeading() })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task RollForwardEditAndConflict_MopacGovernance_KeepsBothVersionsVisible()
    {
        // Open 2019/20 from the published 2018/19.
        var page = await SignedInPageAsync(PortalFactory.Accounts.MopacGovernance, "/framework/mopac/years");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open 2019/20" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(@"Governance framework 2019\/20") })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".govuk-inset-text")).ToContainTextAsync("rolled forward from 2018/19");

        // Change an area's details, with an error first.
        await page.Locator("table.app-area-table a").First.ClickAsync();
        var areaUrl = page.Url;
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Change area details") }).ClickAsync();
        await page.GetByLabel("Title").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Title").FillAsync("Behaving with integrity and respecting the rule of law");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("The area's details have been saved");

        // Two officers edit the same commitment: the second sees the first one's text and keeps their own.
        var other = await SignedInPageAsync(PortalFactory.Accounts.MopacGovernance);
        await page.GotoAsync(areaUrl);
        var change = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Change Commitments") }).First;
        var editUrl = await change.GetAttributeAsync("href");
        await other.GotoAsync(editUrl!);
        await change.ClickAsync();
        await page.GetByLabel("Text", new() { Exact = true }).FillAsync("Publish **all** decisions within five working days.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save text" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("The text has been saved");
        await Assertions.Expect(page.Locator("li.app-statement strong", new() { HasText = "all" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await other.GetByLabel("Text", new() { Exact = true }).FillAsync("My competing wording.");
        await other.GetByRole(AriaRole.Button, new() { Name = "Save text" }).ClickAsync();
        await Assertions.Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Saved by someone else" })).ToBeVisibleAsync();
        await Assertions.Expect(other.Locator(".govuk-inset-text")).ToContainTextAsync("Publish **all** decisions");
        await Assertions.Expect(other.GetByLabel("Text", new() { Exact = true })).ToHaveValueAsync("My competing wording.");
        await other.AssertAccessibleAsync();

        // Adding a block shows the format hint and renders it.
        await page.GotoAsync(areaUrl);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Add (text|a commitment)") }).First.ClickAsync();
        await page.AssertAccessibleAsync();
    }

    [GeneratedRegex(@"results? for ‘business continuity’")]
    private static partial Regex ResultsHeading();
}

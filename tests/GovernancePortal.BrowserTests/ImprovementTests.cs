using System.Text.RegularExpressions;
using GovernancePortal.BrowserTests.Support;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.Playwright;

namespace GovernancePortal.BrowserTests;

/// <summary>The improvement tracker in a real browser: a lead's update accepted, a date revised, two-key closure, axe on every page.</summary>
public sealed partial class ImprovementTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Update_LeadReportsProgressAndGovernanceAccepts_LeadSeesItAccepted()
    {
        var lead = await SignedInPageAsync(PortalFactory.Accounts.Lead);
        await lead.GetByRole(AriaRole.Link, new() { Name = "My actions" }).ClickAsync();
        await Assertions.Expect(lead.GetByRole(AriaRole.Heading, new() { Name = "My actions" })).ToBeVisibleAsync();
        await lead.GetByRole(AriaRole.Link, new() { Name = "IA9-01", Exact = true }).ClickAsync();
        await lead.GetByRole(AriaRole.Link, new() { Name = "Report progress" }).ClickAsync();

        await lead.GetByRole(AriaRole.Button, new() { Name = "Send update" }).ClickAsync();
        await Assertions.Expect(lead.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(lead.Locator(".govuk-error-summary")).ToContainTextAsync("Describe the progress made");
        await lead.AssertAccessibleAsync();

        await lead.GetByLabel("Progress since the last update").FillAsync("Joint strategy agreed with MOPAC; plan out for consultation.");
        await lead.GetByLabel("At risk").CheckAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Send update" }).ClickAsync();
        await Assertions.Expect(lead.Locator(".govuk-notification-banner")).ToContainTextAsync("sent to the governance team");
        await Assertions.Expect(lead.Locator(".app-rag-card")).ToContainTextAsync("Amber");

        // The reviews list is swept by ImprovementSweepTests; the review with this update on it is checked here.
        var governance = await SignedInPageAsync(PortalFactory.Accounts.MetGovernance, "/improvement/reviews");
        await governance.GetByRole(AriaRole.Link, new() { Name = "Review IA9-01" }).ClickAsync();
        await Assertions.Expect(governance.GetByText("Joint strategy agreed with MOPAC")).ToBeVisibleAsync();
        await governance.AssertAccessibleAsync();
        await governance.GetByRole(AriaRole.Button, new() { Name = "Accept update" }).ClickAsync();
        await Assertions.Expect(governance.Locator(".govuk-notification-banner")).ToContainTextAsync("accepted");

        await lead.ReloadAsync();
        await Assertions.Expect(lead.Locator("#updates + .app-history")).ToContainTextAsync("Accepted by Demo Met Governance Officer");
        await Assertions.Expect(lead.GetByText("Latest progress")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AreaAndAction_GovernanceCreatesAndEditsThem_BothAreSaved()
    {
        // Met area codes are IA and a number; IA1–IA10 are taken by the demo plan.
        var suffix = Random.Shared.Next(20, 99).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var page = await SignedInPageAsync(PortalFactory.Accounts.MetGovernance, "/improvement/mps/2018-21");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add an area" }).ClickAsync();
        await page.GetByLabel("Code (optional)").FillAsync($"IA{suffix}");
        await page.GetByLabel("Title").FillAsync($"Browser area {suffix}");
        await page.GetByLabel("Aim (optional)").FillAsync("Show that the area form saves in a real browser.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add area" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"IA{suffix}", Exact = false }).First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = $"Edit area IA{suffix}" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Title")).ToHaveValueAsync($"Browser area {suffix}");
        await page.GetByLabel("Title").FillAsync($"Browser area {suffix} renamed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Browser area {suffix} renamed").First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = $"Add an action to IA{suffix}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add action" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Describe the action");
        await page.AssertAccessibleAsync();
        // The code is left empty: the action takes the area's next code.
        await page.GetByLabel("Action", new() { Exact = true }).FillAsync("Write the browser test that saves an action.");
        await page.GetByLabel("Owner").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add action" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The action has been added");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"IA{suffix}-01");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Action", new() { Exact = true })).ToHaveValueAsync("Write the browser test that saves an action.");
        await page.GetByLabel("Action", new() { Exact = true }).FillAsync("Write the browser test that saves and edits an action.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("saved");
        await Assertions.Expect(page.GetByText("Write the browser test that saves and edits an action.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ReviseDate_GovernanceGivesReason_LedgerShowsThemAsApprover()
    {
        var id = await MetActionIdAsync("IA5-04");
        var page = await SignedInPageAsync(PortalFactory.Accounts.MetGovernance, $"/improvement/actions/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Revise due date" }).ClickAsync();

        await page.GetByLabel("Day").FillAsync("31");
        await page.GetByLabel("Month").FillAsync("13");
        await page.GetByLabel("Year").FillAsync("2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Revise due date" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("real date");
        await Assertions.Expect(page.GetByLabel("Month")).ToHaveValueAsync("13");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Month").FillAsync("3");
        await page.GetByLabel("Reason for the change").FillAsync("SSCL contract variation delayed by the supplier");
        await page.GetByRole(AriaRole.Button, new() { Name = "Revise due date" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("slippage ledger");
        var ledger = page.Locator("#ledger + table");
        await Assertions.Expect(ledger).ToContainTextAsync("SSCL contract variation delayed by the supplier");
        await Assertions.Expect(ledger).ToContainTextAsync("Demo Met Governance Officer");
        await Assertions.Expect(ledger).ToContainTextAsync("31 March 2027");
        await Assertions.Expect(page.GetByText(RevisedOnce())).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task RequestDate_LeadAsksAndGovernanceApproves_LedgerNamesBoth()
    {
        var id = await MetActionIdAsync("IA9-01");
        var lead = await SignedInPageAsync(PortalFactory.Accounts.Lead, $"/improvement/actions/{id}");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Ask for a new due date" }).ClickAsync();
        // The request-date page is axe-checked in the sweep (ImprovementPages_…).
        await lead.GetByLabel("Day").FillAsync("30");
        await lead.GetByLabel("Month").FillAsync("9");
        await lead.GetByLabel("Year").FillAsync("2027");
        await lead.GetByLabel("Why is a new date needed?").FillAsync("The new learning platform goes live in September 2027.");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        await Assertions.Expect(lead.Locator(".app-date-request-pending")).ToContainTextAsync("awaiting the governance team");

        var governance = await SignedInPageAsync(PortalFactory.Accounts.MetGovernance, "/improvement/reviews");
        await governance.GetByRole(AriaRole.Link, new() { Name = "Decide the new date for IA9-01" }).ClickAsync();
        await governance.AssertAccessibleAsync();
        await governance.GetByRole(AriaRole.Button, new() { Name = "Approve new date" }).ClickAsync();

        await Assertions.Expect(governance.Locator(".govuk-notification-banner")).ToContainTextAsync("approved");
        var ledger = governance.Locator("#ledger + table");
        await Assertions.Expect(ledger).ToContainTextAsync("Demo Senior Lead");
        await Assertions.Expect(ledger).ToContainTextAsync("Demo Met Governance Officer");
        await Assertions.Expect(ledger).ToContainTextAsync("30 September 2027");
    }

    [Fact]
    public async Task Closure_LeadReportsCompleteAndGovernanceVerifies_ActionIsComplete()
    {
        var id = await MetActionIdAsync("IA2-03");
        var lead = await SignedInPageAsync(PortalFactory.Accounts.Lead, $"/improvement/actions/{id}");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Report complete" }).ClickAsync();
        // The report-complete page is axe-checked in the sweep (ImprovementPages_…).
        await lead.GetByLabel("What was done").FillAsync("Skills gap analysis built into workforce planning.");
        await lead.GetByLabel("Evidence").FillAsync("People & Training Board paper, 4 November 2026");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Report complete" }).ClickAsync();
        await Assertions.Expect(lead.Locator("main .govuk-summary-list")).ToContainTextAsync("Reported complete");

        var governance = await SignedInPageAsync(PortalFactory.Accounts.MetGovernance, $"/improvement/actions/{id}/review");
        await Assertions.Expect(governance.GetByRole(AriaRole.Heading, new() { Name = "Verify completion" })).ToBeVisibleAsync();
        await governance.GetByRole(AriaRole.Button, new() { Name = "Verify complete" }).ClickAsync();

        await Assertions.Expect(governance.Locator(".govuk-notification-banner")).ToContainTextAsync("verified complete");
        await Assertions.Expect(governance.Locator("main .govuk-summary-list")).ToContainTextAsync("Complete on");
        await Assertions.Expect(governance.Locator(".app-rag-card")).ToContainTextAsync("Green");
    }

    [GeneratedRegex("revised once")]
    private static partial Regex RevisedOnce();
}

using System.Globalization;
using System.Text.RegularExpressions;
using GovernancePortal.BrowserTests.Support;
using GovernancePortal.IntegrationTests.Pages.Recommendations.Import;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.Playwright;

namespace GovernancePortal.BrowserTests;

/// <summary>
/// Issue 13's "done when" in a real browser, on the demo data: the Met's and MOPAC's governance teams each publish their
/// Code of Governance to the planned demo meeting; the Panel member sees both papers on the meeting, reads what changed
/// since the previous meeting, and asks a question on the Met's paper that the Met's team answers; then 150
/// recommendations from 20 reports import from a CSV, and the summary's theme table and report count match the file.
/// Axe runs on every page on the way, and then on every other page of the two features (<see cref="PanelSweep"/>), so
/// each page of the workspace and the register is checked once.
/// </summary>
public sealed partial class PanelJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Panel_PapersPublishedReadQuestionedAndAnswered_RecommendationsImported()
    {
        // The planned meeting of the demo, from the workspace's home page.
        var met = await SignedInPageAsync(PortalFactory.Accounts.MetGovernance, "/panel");
        await met.AssertAccessibleAsync();
        await met.Locator("#upcoming-meetings a").First.ClickAsync();
        await Assertions.Expect(met.Locator("#meeting-status")).ToHaveTextAsync("Planned");
        var meetingUrl = new Uri(met.Url).AbsolutePath;

        // Each organisation's governance team publishes its Code to the meeting.
        await PublishAsync(met, "Local Code of Governance");
        var mopac = await SignedInPageAsync(PortalFactory.Accounts.MopacGovernance, meetingUrl);
        await PublishAsync(mopac, "Code of Governance");

        // The Panel member sees both papers, with their frozen files and hashes, and what changed since the last Panel.
        var panel = await SignedInPageAsync(PortalFactory.Accounts.Panel, meetingUrl);
        var publications = panel.Locator("#publications");
        await Assertions.Expect(publications).ToContainTextAsync("Local Code of Governance");
        await Assertions.Expect(publications.GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
        await panel.AssertAccessibleAsync();

        await panel.GetByRole(AriaRole.Link, new() { Name = "Changes since the last Panel: MOPAC" }).ClickAsync();
        await Assertions.Expect(panel.Locator("main")).ToContainTextAsync("compared with the register as at");
        await Assertions.Expect(panel.Locator("main")).ToContainTextAsync("19 June 2019");
        await panel.AssertAccessibleAsync();
        await panel.ScreenshotAsync("panel-changes-mopac");

        await panel.GotoAsync(meetingUrl);
        await publications.GetByRole(AriaRole.Link, new() { Name = "Local Code of Governance" }).ClickAsync();
        var publicationUrl = new Uri(panel.Url).AbsolutePath;
        await Assertions.Expect(panel.Locator("main code").First).ToHaveTextAsync(Sha256());
        await panel.GetByLabel("Ask a question on this paper").FillAsync("Which board reviews the strategic partnerships controls?");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Ask the question" }).ClickAsync();
        await Assertions.Expect(panel.Locator("main")).ToContainTextAsync("Which board reviews the strategic partnerships controls?");
        await Assertions.Expect(panel.Locator("main")).ToContainTextAsync("Not answered yet");
        await panel.AssertAccessibleAsync();

        // The Met's governance team answers; the Panel member reads the answer with the paper.
        await met.GotoAsync(publicationUrl);
        await met.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Answer") }).First.ClickAsync();
        await met.AssertAccessibleAsync();
        await met.GetByLabel("Answer", new() { Exact = true }).FillAsync("Risk and Assurance Board reviews them each quarter.");
        await met.GetByRole(AriaRole.Button, new() { Name = "Save the answer" }).ClickAsync();
        await panel.GotoAsync(publicationUrl);
        await Assertions.Expect(panel.Locator("main")).ToContainTextAsync("Risk and Assurance Board reviews them each quarter.");

        // 150 recommendations from many reports import from a CSV; the summary matches the file.
        var rows = RecommendationCsv.Generate();
        await met.GotoAsync("/recommendations/mps/import");
        await met.AssertAccessibleAsync();
        await met.Locator("#Input_File").SetInputFilesAsync(new FilePayload { Name = "recommendations.csv", MimeType = "text/csv", Buffer = RecommendationCsv.ToCsv(rows) });
        await met.GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }).ClickAsync();
        await met.GetByRole(AriaRole.Button, new() { Name = "Check (dry run)" }).ClickAsync();
        await Assertions.Expect(met.Locator("#would-add")).ToHaveTextAsync(rows.Count.ToString(CultureInfo.InvariantCulture));
        await met.AssertAccessibleAsync();
        await met.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Import ") }).ClickAsync();

        await met.GotoAsync("/recommendations/mps/summary");
        var open = rows.Where(r => r.Status != "Closed").ToList();
        await Assertions.Expect(met.Locator("main .govuk-body-l")).ToContainTextAsync(
            $"{open.Count} open recommendations from {open.Select(r => r.ReportTitle).Distinct(StringComparer.Ordinal).Count()} reports");
        var themes = met.Locator("table", new() { Has = met.Locator("caption", new() { HasText = "by strategic theme" }) });
        foreach (var theme in open.GroupBy(r => r.Theme, StringComparer.Ordinal))
        {
            await Assertions.Expect(themes.Locator("tr", new() { Has = met.Locator("th", new() { HasTextString = theme.Key }) }).Locator("td"))
                .ToHaveTextAsync(theme.Count().ToString(CultureInfo.InvariantCulture));
        }

        await Assertions.Expect(themes.Locator("tr", new() { HasText = "Total" }).Locator("td")).ToHaveTextAsync(open.Count.ToString(CultureInfo.InvariantCulture));
        await met.AssertAccessibleAsync();

        // The pages the journey did not open, through axe, on the pages already signed in.
        var samples = await PanelSweep.SamplesAsync(Fixture);
        var failures = new List<string>();
        failures.AddRange(await SweepAsync(met, PanelSweep.GovernancePages(samples)));
        failures.AddRange(await SweepAsync(mopac, PanelSweep.MopacPages(samples)));
        Assert.Empty(failures);
    }

    private static async Task<IReadOnlyList<string>> SweepAsync(IPage page, IEnumerable<string> urls)
    {
        var failures = new List<string>();
        foreach (var url in urls)
        {
            var response = await page.GotoAsync(url);
            if (response is { Ok: false })
            {
                failures.Add($"{url}: {response.Status}");
                continue;
            }

            try
            {
                await page.AssertAccessibleAsync();
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failures.Add(e.Message);
            }
        }

        return failures;
    }

    /// <summary>Publishes the named paper of the signed-in team's organisation from the meeting page; lands on the publication.</summary>
    private static async Task PublishAsync(IPage page, string title)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Publish a paper to this meeting" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^" + Regex.Escape(title)) }).First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish to the meeting" }).ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync(title);
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the meeting" }).ClickAsync();
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256();
}

using System.Globalization;
using GovernancePortal.BrowserTests.Support;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.Playwright;

namespace GovernancePortal.BrowserTests;

/// <summary>
/// The drafting workflow of an Audit Panel paper end to end in a real browser, as the "done when" reads: the
/// governance team opens the Met's 2016/17 AGS (a draft in the demo data), edits a fixed-text section and sends it for
/// review; the auditor comments on the section and the governance team resolves the comment; the checks are read and
/// what they require is fixed (a section tagged with CIPFA's elements); the paper is approved, both signatures are
/// recorded and it is published; two versions are compared; the Met's 2016/17 cover report downloads as the whole pack
/// in PDF, HTML and Word. Axe runs on every page on the way.
/// </summary>
public sealed class PaperJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Paper_EditedReviewedCheckedApprovedSignedPublishedComparedAndDownloaded_WholeJourneyWorks()
    {
        var governance = await SignedInPageAsync(PortalFactory.Accounts.MetGovernance, "/papers");
        await governance.AssertAccessibleAsync();
        await MetPaperRow(governance, "Annual Governance Statement").GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(governance.Locator("#paper-sections")).ToBeVisibleAsync();
        var paperId = int.Parse(governance.Url.Split('/')[^1].Split('?')[0], CultureInfo.InvariantCulture);
        await governance.AssertAccessibleAsync();

        // A fixed-text section: its text, and CIPFA's six elements (so none is left uncovered by the template).
        await governance.Locator("#paper-sections tbody tr", new() { HasText = "Your text" }).First.GetByRole(AriaRole.Link, new() { NameRegex = new("^Edit") }).ClickAsync();
        var sectionId = int.Parse(governance.Url.Split('/')[^1].Split('?')[0], CultureInfo.InvariantCulture);
        await governance.AssertAccessibleAsync();
        var text = governance.GetByLabel("Text", new() { Exact = true });
        await text.FillAsync(await text.InputValueAsync() + "\n\nThis statement was reviewed by the Audit Panel in the browser journey.");
        foreach (var box in await governance.Locator("input[name='Input.Elements']").AllAsync())
        {
            await box.CheckAsync();
        }

        await governance.GetByRole(AriaRole.Button, new() { Name = "Save the section" }).ClickAsync();
        await Assertions.Expect(governance.Locator(".govuk-notification-banner")).ToContainTextAsync("The section has been saved");

        await governance.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).First.ClickAsync();
        await governance.AssertAccessibleAsync();
        await governance.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).ClickAsync();
        await Assertions.Expect(governance.Locator(".govuk-notification-banner")).ToContainTextAsync("sent for review");

        // The auditor reviews and comments; the governance team resolves the comment.
        var auditor = await SignedInPageAsync(PortalFactory.Accounts.Auditor, $"/papers/{paperId}/sections/{sectionId}/comments");
        await auditor.AssertAccessibleAsync();
        await auditor.GetByLabel("Add a comment").FillAsync("Say which committee reviewed the statement.");
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Add the comment" }).ClickAsync();
        await Assertions.Expect(auditor.Locator("#comments")).ToContainTextAsync("Say which committee reviewed the statement.");
        await auditor.AssertAccessibleAsync();

        await governance.GotoAsync($"/papers/{paperId}/sections/{sectionId}/comments");
        await governance.GetByRole(AriaRole.Button, new() { NameRegex = new("^Resolve") }).First.ClickAsync();
        await Assertions.Expect(governance.Locator("#comments")).ToContainTextAsync("Resolved");
        await governance.AssertAccessibleAsync();

        // The checks, then approval (no errors are left).
        await governance.GotoAsync($"/papers/{paperId}/checks");
        await governance.AssertAccessibleAsync();
        await Assertions.Expect(governance.Locator("main")).Not.ToContainTextAsync("No section covers CIPFA's required element");
        await governance.GotoAsync($"/papers/{paperId}");
        await governance.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await governance.AssertAccessibleAsync();
        await Assertions.Expect(governance.Locator("#check-errors")).ToHaveCountAsync(0);
        await governance.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(governance.Locator(".govuk-notification-banner")).ToContainTextAsync("The paper has been approved");

        // Both signatures, one at a time, with the GOV.UK date input.
        await governance.GetByRole(AriaRole.Button, new() { Name = "Record signatures" }).ClickAsync();
        await governance.AssertAccessibleAsync();
        var today = DateOnly.FromDateTime(Domain.Time.LondonClock.ToLondon(DateTime.UtcNow));
        var signed = 0;
        while (await governance.Locator("input[name='Input.SignatoryId']").CountAsync() > 0)
        {
            await governance.Locator("input[name='Input.SignatoryId']").First.CheckAsync();
            await governance.Locator("input[name='Input.SignedOn.Day']").FillAsync(today.Day.ToString(CultureInfo.InvariantCulture));
            await governance.Locator("input[name='Input.SignedOn.Month']").FillAsync(today.Month.ToString(CultureInfo.InvariantCulture));
            await governance.Locator("input[name='Input.SignedOn.Year']").FillAsync(today.Year.ToString(CultureInfo.InvariantCulture));
            await governance.GetByRole(AriaRole.Button, new() { Name = "Record the signature" }).ClickAsync();
            await Assertions.Expect(governance.Locator(".govuk-notification-banner")).ToBeVisibleAsync();
            signed++;
            if (governance.Url.EndsWith($"/papers/{paperId}", StringComparison.Ordinal))
            {
                break;
            }
        }

        Assert.Equal(2, signed);
        await Assertions.Expect(governance.Locator(".govuk-notification-banner")).ToContainTextAsync("Every signatory has signed");

        await governance.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await governance.AssertAccessibleAsync();
        await governance.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(governance.Locator(".govuk-notification-banner")).ToContainTextAsync("The paper has been published");
        await Assertions.Expect(governance.Locator("main .govuk-tag").First).ToHaveTextAsync("Published");
        await governance.AssertAccessibleAsync();

        // Versions: the first against the latest, section by section.
        await governance.GetByRole(AriaRole.Link, new() { NameRegex = new("^Versions") }).ClickAsync();
        await governance.AssertAccessibleAsync();
        await governance.GetByLabel("Compare version").SelectOptionAsync("1");
        await governance.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await Assertions.Expect(governance.Locator("ins").First).ToContainTextAsync("reviewed by the Audit Panel in the browser journey");
        await governance.AssertAccessibleAsync();

        await governance.GotoAsync($"/papers/{paperId}/preview");
        await governance.AssertAccessibleAsync();

        // The Met's 2016/17 cover report: the whole pack in the three formats.
        await governance.GotoAsync("/papers");
        await MetPaperRow(governance, "Audit Panel cover report").GetByRole(AriaRole.Link).First.ClickAsync();
        await governance.AssertAccessibleAsync();
        await Assertions.Expect(governance.Locator("#paper-downloads")).ToContainTextAsync("the whole pack");
        string? html = null;
        foreach (var (name, extension) in new[] { ("PDF", ".pdf"), ("HTML", ".html"), ("Word", ".docx") })
        {
            var download = await governance.RunAndWaitForDownloadAsync(() => governance.Locator("#paper-downloads").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync());
            Assert.EndsWith(extension, download.SuggestedFilename, StringComparison.Ordinal);
            var path = await download.PathAsync();
            Assert.True(new FileInfo(path).Length > 0, $"The {name} pack is empty");
            if (extension == ".html")
            {
                html = await File.ReadAllTextAsync(path);
            }
        }

        // The published HTML itself passes axe: the pack as downloaded, with its own stylesheet, served at an address of the
        // portal's origin (so axe loads from the test host) without the portal's headers.
        Assert.NotNull(html);
        await governance.RouteAsync("**/downloaded-pack.html", route => route.FulfillAsync(new() { Body = html, ContentType = "text/html; charset=utf-8" }));
        await governance.GotoAsync("/downloaded-pack.html");
        await Assertions.Expect(governance.Locator("article h1").First).ToBeVisibleAsync();
        Assert.Equal("en-GB", await governance.Locator("html").GetAttributeAsync("lang"));
        await governance.AssertAccessibleAsync();
    }

    /// <summary>The row of the Met's 2016/17 paper of a kind on the papers page.</summary>
    private static ILocator MetPaperRow(IPage page, string kind) =>
        page.Locator("#papers-mps ~ table").First.Locator("tbody tr", new() { HasText = kind }).Filter(new() { HasText = "2016/17" }).First;
}

using GovernancePortal.Application.Common;
using GovernancePortal.BrowserTests.Support;
using GovernancePortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace GovernancePortal.BrowserTests;

public sealed class AuditTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task AuditLog_AsAdministrator_IsAccessibleAndFilters()
    {
        // Signs in through the form, so the log holds its own sign-in (other classes write to the log meanwhile: filter by user).
        var page = await NewPageAsync();
        await page.SignInAsAsync("admin@example.org");

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit log", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit log", Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("User").FillAsync("admin@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(page.Locator("tbody tr", new() { HasText = "Signed in" }).First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Date from").FillAsync("2026-02-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Date from")).ToHaveValueAsync("2026-02-30");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task History_GovernanceAreaAsMetGovernance_IsAccessible()
    {
        int id;
        await using (var scope = Fixture.Portal.NewScope())
        await using (var db = Fixture.Portal.NewDbContext(scope.ServiceProvider, new SystemUser("governance.met@example.org")))
        {
            var area = await db.GovernanceAreas.Include(a => a.Statements)
                .Where(a => a.Organisation!.Code == OrganisationCodes.Met).OrderBy(a => a.SortOrder).FirstAsync();
            id = area.Id;
            area.Description += " Reviewed for 2026/27.";
            if (area.Statements.FirstOrDefault(s => s.Text.Length > 120) is { } statement)
            {
                statement.Text = "Updated for the year.\n" + statement.Text;
            }

            await db.SaveChangesAsync();
        }

        var page = await SignedInPageAsync("governance.met@example.org", $"/history/governance-area/{id}");

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("History: Met area");
        var details = page.Locator("main details").First;
        await details.Locator("summary").ClickAsync();
        await Assertions.Expect(details.Locator(".app-history__text").First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }
}

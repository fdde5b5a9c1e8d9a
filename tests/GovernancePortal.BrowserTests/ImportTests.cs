using System.Text;
using GovernancePortal.Application.Common;
using GovernancePortal.BrowserTests.Support;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace GovernancePortal.BrowserTests;

public sealed class ImportTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>A plan of its own, so the seeded plans' counts stay as they are for the other browser tests.</summary>
    private async Task<int> NewMopacPlanAsync()
    {
        await using var scope = Fixture.Portal.NewScope();
        await using var db = Fixture.Portal.NewDbContext(scope.ServiceProvider, new SystemUser("browser tests"));
        var mopac = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Mopac);
        var plan = new ImprovementPlan { OrganisationId = mopac.Id, Title = $"Browser import plan {Guid.NewGuid():N}"[..28], FirstYear = new ReportingYear(2045), LastYear = new ReportingYear(2045) };
        db.ImprovementPlans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }

    private static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    [Fact]
    public async Task Import_CsvWithErrorsThenFixed_ShowsTheReportAndAddsTheActions()
    {
        var plan = await NewMopacPlanAsync();
        const string Header = "Code,Action,Area,Area title,Owner,Due date,Status\r\n";
        var page = await SignedInPageAsync("governance.mopac@example.org", $"/improvement/import?plan={plan}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import an improvement plan" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Upload a file").SetInputFilesAsync(Csv("plan with errors.csv",
            Header + "A1,Publish the register of interests,A,Behaving with integrity,Chief Executive,31/03/2046,In progress\r\n"
            + "A2,Refresh the gifts and hospitality policy,A,,,31/13/2046,\r\n"
            + "X9,Review the risk appetite,A,,,,\r\n"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "plan with errors.csv" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Description")).ToHaveValueAsync("Action");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check (dry run)" }).ClickAsync();

        var errors = page.Locator(".app-import-errors");
        await Assertions.Expect(errors).ToContainTextAsync("due date '31/13/2046' is not a date");
        await Assertions.Expect(errors).ToContainTextAsync("code 'X9' does not fit MOPAC's scheme");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("A: Behaving with integrity");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Discard this file" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Nothing was imported");

        await page.GotoAsync($"/improvement/import?plan={plan}");
        await page.GetByLabel("Upload a file").SetInputFilesAsync(Csv("plan fixed.csv",
            Header + "A1,Publish the register of interests,A,Behaving with integrity,Chief Executive,31/03/2046,In progress\r\n"
            + "A2,Refresh the gifts and hospitality policy,A,,,31/12/2046,\r\n"
            + "A3,Review the risk appetite,A,,,,\r\n"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and preview" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check (dry run)" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Import 3 actions" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("3 actions imported");
        await page.AssertAccessibleAsync();
        await using var scope = Fixture.Portal.NewScope();
        await using var db = Fixture.Portal.NewDbContext(scope.ServiceProvider, new SystemUser("browser tests"));
        Assert.Equal(["A1", "A2", "A3"], await db.ImprovementActions.Where(a => a.Area!.PlanId == plan).OrderBy(a => a.Code).Select(a => a.Code).ToListAsync());
    }
}

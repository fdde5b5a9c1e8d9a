using System.Text.RegularExpressions;
using GovernancePortal.Application.Common;
using GovernancePortal.BrowserTests.Support;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace GovernancePortal.BrowserTests;

public sealed class PeopleAndProposalTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>Opens the Met's 2017/18 year as a draft with its 2016/17 text, as rolling the year forward would.</summary>
    private async Task OpenMetDraftYearAsync()
    {
        await using var scope = Fixture.Portal.NewScope();
        await using var db = Fixture.Portal.NewDbContext(scope.ServiceProvider, new SystemUser("browser tests"));
        var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
        var draft = new ReportingYear(2017);
        if (await db.FrameworkYears.AnyAsync(y => y.OrganisationId == met.Id && y.Year == draft))
        {
            return;
        }

        db.FrameworkYears.Add(new FrameworkYear { OrganisationId = met.Id, Year = draft, Status = FrameworkYearStatus.Draft, RolledForwardFrom = draft.Previous, OpenedAtUtc = DateTime.UtcNow });
        var previous = draft.Previous;
        var statements = await db.AreaStatements.AsNoTracking()
            .Where(s => s.Year == previous && db.GovernanceAreas.Any(a => a.Id == s.GovernanceAreaId && a.OrganisationId == met.Id))
            .ToListAsync();
        db.AreaStatements.AddRange(statements.Select(s => new AreaStatement
        {
            GovernanceAreaId = s.GovernanceAreaId, Year = draft, Kind = s.Kind, SubTopic = s.SubTopic, SortOrder = s.SortOrder, Text = s.Text,
        }));
        await db.SaveChangesAsync();
    }

    /// <summary>The people list, the empty forms and the principles pages are axe-checked in AccessibilitySweepTests; here, the states only this journey reaches.</summary>
    [Fact]
    public async Task People_GovernanceCreatesPersonAndChangesHolder_PagesAreAccessible()
    {
        var page = await SignedInPageAsync("governance.met@example.org", "/framework/mps/people");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "People", Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a person" }).ClickAsync();
        await page.GetByLabel("Email address (optional)").FillAsync("not-an-email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add person" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Email address (optional)")).ToHaveValueAsync("not-an-email");
        await page.AssertAccessibleAsync();

        var title = $"Director of Testing {Guid.NewGuid():N}"[..30];
        await page.GetByLabel("Job title").FillAsync(title);
        await page.GetByLabel("Name (optional)").FillAsync("Alex Example");
        await page.GetByLabel("Email address (optional)").FillAsync("alex.example@example.org");
        await page.GetByLabel("Linked account (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Demo Senior Lead (lead@example.org)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add person" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("The person has been added");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a new holder of this post" }).ClickAsync();
        await page.GetByLabel("New holder's name").FillAsync("Bailey Example");
        await page.GetByLabel("Day").FillAsync("1");
        await page.GetByLabel("Month").FillAsync("4");
        await page.GetByLabel("Year").FillAsync("2017");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record new holder" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("The new holder has been recorded");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("Alex Example");
        await Assertions.Expect(page.Locator("dl")).ToContainTextAsync("Bailey Example");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/framework/mps/principles");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change principle A" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Sub-principles")).ToContainTextAsync("Behaving with integrity");
    }

    [Fact]
    public async Task Proposal_LeadProposesAndGovernanceAccepts_PagesAreAccessible()
    {
        await OpenMetDraftYearAsync();
        var lead = await SignedInPageAsync("lead@example.org", "/framework/my-areas");
        await Assertions.Expect(lead.GetByRole(AriaRole.Heading, new() { Name = "My governance areas" })).ToBeVisibleAsync();

        await lead.Locator("a[href*='/propose?statement=']").First.ClickAsync();
        var text = lead.GetByLabel("Your proposed text");
        await Assertions.Expect(text).Not.ToBeEmptyAsync();
        await text.FillAsync("Our **revised** controls.\n\n- A new committee reviews research each quarter\n- Projects are registered centrally");
        await lead.GetByLabel("Why are you proposing this? (optional)").FillAsync("The committee structure changed in 2017.");
        await lead.AssertAccessibleAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Send proposal" }).ClickAsync();
        await Assertions.Expect(lead.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Your proposal has been sent");
        await Assertions.Expect(lead.Locator("main table").First).ToContainTextAsync("Waiting for a decision");
        await lead.AssertAccessibleAsync();

        var governance = await SignedInPageAsync("governance.met@example.org", "/framework/mps/proposals");
        await governance.AssertAccessibleAsync();
        await governance.Locator("main table").First.Locator("tbody tr").Last.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(governance.GetByRole(AriaRole.Heading, new() { Name = "Proposed text" })).ToBeVisibleAsync();
        await Assertions.Expect(governance.Locator("main strong", new() { HasText = "revised" })).ToBeVisibleAsync();
        await governance.AssertAccessibleAsync();

        await governance.GetByRole(AriaRole.Button, new() { Name = "Return with comment" }).ClickAsync();
        await Assertions.Expect(governance.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await governance.AssertAccessibleAsync();

        await governance.GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true }).ClickAsync();
        await Assertions.Expect(governance.Locator(".govuk-notification-banner--success")).ToContainTextAsync("accepted");
        await Assertions.Expect(governance.Locator("main")).ToContainTextAsync(new Regex("Accepted by Demo Met Governance Officer"));
        await governance.AssertAccessibleAsync();
    }
}

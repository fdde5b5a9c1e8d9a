using System.Globalization;
using GovernancePortal.BrowserTests.Support;
using GovernancePortal.Application.Common;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace GovernancePortal.BrowserTests;

/// <summary>
/// The Statement of Internal Control survey end to end in a real browser, as the "done when" reads: the
/// governance team starts the Met's 2020/21 survey from 2019/20, sends it to a business group and issues it; the demo
/// senior lead completes every section (the narrative rule refusing a low rating without one) and signs; the response
/// rate on the home page moves; the analysis shows the rating word and the flag; the flag becomes an improvement action
/// linked back to the survey. Axe runs on the states of pages no sweep sees (the respondents just added, a section
/// refused for its missing narrative, the action raised from the survey); the pages themselves are swept in their
/// plain states by <see cref="SurveyBuildSweepTests"/>, <see cref="SurveyCompletionSweepTests"/> and
/// <see cref="SurveyAnalysisSweepTests"/>.
/// </summary>
public sealed class SurveyJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Survey_IssuedCompletedSignedAndFlagRaised_WholeJourneyWorks()
    {
        var governance = await SignedInPageAsync(PortalFactory.Accounts.MetGovernance, "/surveys");
        await governance.GetByRole(AriaRole.Link, new() { Name = "Start a survey" }).ClickAsync();
        await governance.GetByLabel("Reporting year").FillAsync("2020/21");
        await governance.GetByLabel("Copy the most recent earlier survey").CheckAsync();
        await governance.GetByRole(AriaRole.Button, new() { Name = "Start the survey" }).ClickAsync();
        await Assertions.Expect(governance.GetByRole(AriaRole.Heading, new() { Name = "Statement of Internal Control 2020/21" })).ToBeVisibleAsync();
        var surveyId = int.Parse(governance.Url.Split('/')[^1].Split('?')[0], CultureInfo.InvariantCulture);

        // Respondents: the Professionalism business group, from the people directory.
        await governance.GetByRole(AriaRole.Link, new() { Name = "Respondents (0)" }).ClickAsync();
        await governance.GetByLabel("Business group").SelectOptionAsync("Professionalism");
        await governance.GetByRole(AriaRole.Button, new() { Name = "Show people" }).ClickAsync();
        await governance.GetByRole(AriaRole.Link, new() { Name = "Tick all 12 shown" }).ClickAsync();

        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        await governance.Locator("input[name='Input.Deadline.Day']").FillAsync(deadline.Day.ToString(CultureInfo.InvariantCulture));
        await governance.Locator("input[name='Input.Deadline.Month']").FillAsync(deadline.Month.ToString(CultureInfo.InvariantCulture));
        await governance.Locator("input[name='Input.Deadline.Year']").FillAsync(deadline.Year.ToString(CultureInfo.InvariantCulture));
        await governance.GetByRole(AriaRole.Button, new() { Name = "Add selected people" }).ClickAsync();
        await Assertions.Expect(governance.Locator(".govuk-notification-banner")).ToContainTextAsync("12 respondents added");
        await governance.AssertAccessibleAsync();

        await governance.GotoAsync($"/surveys/{surveyId}/issue");
        await governance.GetByRole(AriaRole.Button, new() { Name = "Issue the survey" }).ClickAsync();
        await Assertions.Expect(governance.Locator(".govuk-notification-banner")).ToBeVisibleAsync();
        await Assertions.Expect(governance.Locator("main")).ToContainTextAsync("Issued by Demo Met Governance Officer");
        Assert.Equal(12, await InvitationsAsync(surveyId));
        await governance.GotoAsync("/");
        var rate = governance.Locator($".app-survey-rate[data-survey='{surveyId}']");
        await Assertions.Expect(rate).ToContainTextAsync("0 of 12 returned — 0%");

        // The lead: My surveys, every section, the narrative rule, check, sign.
        var lead = await SignedInPageAsync(PortalFactory.Accounts.Lead, "/surveys/my-surveys");
        await lead.Locator($"a[href='/surveys/returns/{await LeadReturnAsync(surveyId)}/complete']").First.ClickAsync();
        await Assertions.Expect(lead.Locator(".govuk-task-list")).ToBeVisibleAsync();
        var sections = await lead.Locator(".govuk-task-list a.govuk-task-list__link").CountAsync();
        Assert.Equal(14, sections);
        for (var i = 0; i < sections; i++)
        {
            await lead.Locator(".govuk-task-list a.govuk-task-list__link").Nth(i).ClickAsync();
            if (i == 0)
            {
                await lead.GetByLabel("Limited assurance").CheckAsync();
                await lead.GetByLabel("Yes, I’ve completed this section").CheckAsync();
                await lead.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
                await Assertions.Expect(lead.Locator(".govuk-error-summary")).ToContainTextAsync("Explain the rating of Limited assurance");
                await lead.AssertAccessibleAsync();
                await lead.GetByLabel("Explain your rating").FillAsync("Training records are incomplete in two commands; a new system goes live in June.");
            }
            else
            {
                await lead.GetByLabel(i % 2 == 0 ? "Substantial assurance" : "Reasonable assurance").CheckAsync();
                await lead.GetByLabel("Yes, I’ve completed this section").CheckAsync();
            }

            await lead.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
            await Assertions.Expect(lead.Locator(".govuk-notification-banner")).ToContainTextAsync("Section completed and saved");
        }

        await lead.Locator("#check-and-sign").ClickAsync();
        await Assertions.Expect(lead.Locator("main")).ToContainTextAsync("Limited assurance");
        await lead.Locator("#continue-to-sign").ClickAsync();
        await lead.GetByLabel("Your name").FillAsync("Helen Ball");
        await lead.GetByLabel("I confirm the declaration above for this return").CheckAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Sign and submit" }).ClickAsync();
        await Assertions.Expect(lead.Locator("#signed-by")).ToContainTextAsync("Signed by Helen Ball, AC Professionalism");

        // The governance team: the rate has moved; the heat map says the word; the flag becomes an action.
        await governance.GotoAsync("/");
        await Assertions.Expect(rate).ToContainTextAsync("1 of 12 returned — 8%");
        await governance.GotoAsync($"/surveys/{surveyId}/analysis");
        await Assertions.Expect(governance.Locator("table").First).ToContainTextAsync("Limited assurance");
        await governance.GetByRole(AriaRole.Link, new() { Name = "Raise an improvement area or action" }).First.ClickAsync();
        await governance.GetByLabel("An improvement action").CheckAsync();
        await governance.Locator("#Input_AreaId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await governance.GetByRole(AriaRole.Button, new() { Name = "Raise it" }).ClickAsync();
        await Assertions.Expect(governance.Locator("main")).ToContainTextAsync("Raised from the Statement of Internal Control survey 2020/21");
        await governance.AssertAccessibleAsync();
    }

    private async Task<int> InvitationsAsync(int surveyId)
    {
        await using var scope = Fixture.Portal.NewScope();
        await using var db = Fixture.Portal.NewDbContext(scope.ServiceProvider, new SystemUser("journey"));
        var returns = await db.SurveyReturns.Where(r => r.SurveyId == surveyId).Select(r => r.Id).ToListAsync();
        var records = returns.Select(id => $"SurveyReturn:{id}").ToList();
        return await db.OutboxMessages.CountAsync(m => m.Kind == "Survey invitation" && records.Contains(m.RecordKey!));
    }

    private async Task<int> LeadReturnAsync(int surveyId)
    {
        await using var scope = Fixture.Portal.NewScope();
        await using var db = Fixture.Portal.NewDbContext(scope.ServiceProvider, new SystemUser("journey"));
        return await db.SurveyReturns.Where(r => r.SurveyId == surveyId && db.Users.Any(u => u.Id == r.Signatory!.UserId && u.Email == PortalFactory.Accounts.Lead))
            .Select(r => r.Id).SingleAsync();
    }
}

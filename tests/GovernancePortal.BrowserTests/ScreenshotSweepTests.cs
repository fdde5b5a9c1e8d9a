using GovernancePortal.BrowserTests.Support;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace GovernancePortal.BrowserTests;

/// <summary>
/// The screenshots people look at (test-artefacts/screenshots): the main pages as each kind of user sees them. The
/// only passing test that takes pictures; a failing test leaves pictures of its own pages (<see cref="BrowserTest"/>).
/// </summary>
public sealed class ScreenshotSweepTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task MainPages_EachRole_AreCaptured()
    {
        var failures = new List<string>();
        async Task CaptureAsync(IPage page, string url, string name, bool fullPage = true)
        {
            var response = await page.GotoAsync(url);
            // Not found and forbidden are pages to look at too.
            if (response is null || (!response.Ok && response.Status is not (403 or 404)))
            {
                failures.Add($"{url}: {response?.Status}");
                return;
            }

            await page.ScreenshotAsync(name, fullPage);
        }

        var anonymous = await NewPageAsync();
        await CaptureAsync(anonymous, "/account/sign-in", "sign-in");

        // One page per account: it opens on the account's dashboard, then shows that account's other pages.
        var pages = new Dictionary<string, IPage>();
        foreach (var email in new[] { PortalFactory.Accounts.Admin, PortalFactory.Accounts.MetGovernance, PortalFactory.Accounts.MopacGovernance, PortalFactory.Accounts.Lead, PortalFactory.Accounts.Panel, PortalFactory.Accounts.Auditor })
        {
            pages[email] = await SignedInPageAsync(email);
            await pages[email].ScreenshotAsync("dashboard-" + email.Split('@')[0]);
        }

        foreach (var (url, name) in new[]
        {
            ("/framework", "framework-index"), ("/framework/mps", "framework-year-met"), ("/framework/search?q=business+continuity", "framework-search"),
            ("/framework/mps/people", "people"), ("/framework/mps/principles", "principles"), ("/framework/mps/proposals", "proposals"),
            ("/improvement/reviews", "improvement-reviews"),
        })
        {
            // The people directory (every senior lead) is captured as its first screens: the whole list was the largest
            // image of the sweep and the costliest to take.
            await CaptureAsync(pages[PortalFactory.Accounts.MetGovernance], url, name, fullPage: name != "people");
        }

        await CaptureAsync(pages[PortalFactory.Accounts.MopacGovernance], "/framework/mopac/years", "framework-years");

        // The seeded 2019/20 SIC survey: the governance team's pages, and the demo lead's return (not started).
        var (survey, section, leadReturn, submitted) = await SeededSurveyAsync();
        foreach (var (url, name) in new[]
        {
            ("/surveys", "surveys"), ($"/surveys/{survey}", "survey"), ($"/surveys/{survey}/tracking", "survey-tracking"),
            ($"/surveys/{survey}/analysis", "survey-analysis"), ($"/surveys/returns/{submitted}", "survey-return"),
        })
        {
            // The long survey pages (every return, every flag) are captured as the first screens a person sees.
            await CaptureAsync(pages[PortalFactory.Accounts.MetGovernance], url, name, fullPage: name is "surveys" or "survey");
        }

        foreach (var (url, name) in new[]
        {
            ("/surveys/my-surveys", "survey-my-surveys"), ($"/surveys/returns/{leadReturn}/complete", "survey-task-list"),
            ($"/surveys/returns/{leadReturn}/sections/{section}", "survey-section"),
        })
        {
            await CaptureAsync(pages[PortalFactory.Accounts.Lead], url, name);
        }

        foreach (var (url, name) in new[]
        {
            ("/framework/my-areas", "my-areas"), ("/improvement/my-actions", "improvement-my-actions"), ("/account/change-password", "change-password"),
            ("/accessibility", "accessibility"), ("/cookies", "cookies"), ("/no-such-page", "not-found"), ("/admin/users", "forbidden"),
        })
        {
            await CaptureAsync(pages[PortalFactory.Accounts.Lead], url, name);
        }

        foreach (var (url, name) in new[] { ("/improvement", "improvement-dashboard"), ("/improvement/mopac/2018-19", "improvement-plan-mopac"), ("/improvement/register", "improvement-register") })
        {
            await CaptureAsync(pages[PortalFactory.Accounts.Panel], url, name);
        }

        // Papers: the list, the Met's 2016/17 cover report (the pack), MOPAC's signed 2018/19 AGS as previewed and checked.
        var (metCover, mopacAgs) = await SeededPapersAsync();
        foreach (var (url, name) in new[] { ("/papers", "papers"), ($"/papers/{metCover}", "paper-cover") })
        {
            await CaptureAsync(pages[PortalFactory.Accounts.MetGovernance], url, name, fullPage: false);
        }

        foreach (var (url, name) in new[] { ($"/papers/{mopacAgs}/preview", "paper-preview-mopac"), ($"/papers/{mopacAgs}/checks", "paper-checks-mopac") })
        {
            await CaptureAsync(pages[PortalFactory.Accounts.MopacGovernance], url, name, fullPage: false);
        }

        await CaptureAsync(pages[PortalFactory.Accounts.Admin], "/admin/users", "users");
        await CaptureAsync(pages[PortalFactory.Accounts.Admin], "/admin/audit", "audit-log", fullPage: false);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The seeded Met 2016/17 cover report and MOPAC's 2018/19 AGS.</summary>
    private async Task<(int MetCover, int MopacAgs)> SeededPapersAsync()
    {
        await using var scope = Fixture.Portal.NewScope();
        await using var db = Fixture.Portal.NewDbContext(scope.ServiceProvider, new Application.Common.SystemUser("screenshots"));
        var cover = await db.Papers.Where(p => p.Organisation!.Code == "MPS" && p.Kind == Domain.Papers.PaperKind.CoverReport && p.Year == new Domain.Organisations.ReportingYear(2016)).Select(p => p.Id).FirstAsync();
        var ags = await db.Papers.Where(p => p.Organisation!.Code == "MOPAC" && p.Kind == Domain.Papers.PaperKind.AnnualGovernanceStatement && p.Year == new Domain.Organisations.ReportingYear(2018)).Select(p => p.Id).SingleAsync();
        return (cover, ags);
    }

    /// <summary>The seeded Met 2019/20 survey, its first section (area 1), the demo lead's return and a submitted one.</summary>
    private async Task<(int Survey, int Section, int LeadReturn, int Submitted)> SeededSurveyAsync()
    {
        await using var scope = Fixture.Portal.NewScope();
        await using var db = Fixture.Portal.NewDbContext(scope.ServiceProvider, new Application.Common.SystemUser("screenshots"));
        var survey = await db.Surveys.Where(s => s.Organisation!.Code == "MPS" && s.Year == new Domain.Organisations.ReportingYear(2019)).Select(s => s.Id).SingleAsync();
        var section = await db.SurveySections.Where(s => s.SurveyId == survey).OrderBy(s => s.Order).Select(s => s.Id).FirstAsync();
        var lead = await db.SurveyReturns.Where(r => r.SurveyId == survey && db.Users.Any(u => u.Id == r.Signatory!.UserId && u.Email == PortalFactory.Accounts.Lead)).Select(r => r.Id).SingleAsync();
        var submitted = await db.SurveyReturns.Where(r => r.SurveyId == survey && r.Status == Domain.Surveys.ReturnStatus.Submitted).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        return (survey, section, lead, submitted);
    }
}

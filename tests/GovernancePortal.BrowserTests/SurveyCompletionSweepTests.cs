using GovernancePortal.Application.Common;
using GovernancePortal.BrowserTests.Support;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.BrowserTests;

/// <summary>axe on every page of completing a return (the lead) and of reading one (the governance team).</summary>
public sealed class SurveyCompletionSweepTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task CompletingPages_LeadAndGovernance_HaveNoAxeViolations()
    {
        int returnId, sectionId;
        await using (var scope = Fixture.Portal.NewScope())
        await using (var db = Fixture.Portal.NewDbContext(scope.ServiceProvider, new SystemUser("sweep")))
        {
            // A survey of its own (an unused year) with the lead's return, every section answered but not signed.
            var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
            var year = await TestSurveyYears.LatestFreeAsync(db, met.Id);
            var lead = await db.People.FirstAsync(p => p.OrganisationId == met.Id && db.Users.Any(u => u.Id == p.UserId && u.Email == PortalFactory.Accounts.Lead));
            var actor = new Actor(null, "Sweep set-up", DateTime.UtcNow);
            var today = DateOnly.FromDateTime(Domain.Time.LondonClock.ToLondon(actor.AtUtc));
            var survey = Survey.Start(met.Id, year, $"Statement of Internal Control {year}");
            survey.Introduction = "Tell us how far you are satisfied that the controls in your area work.";
            var section = survey.AddSection("Risk management", "Consider the risk registers of your command.", null);
            var rating = survey.AddQuestion(section, QuestionKind.Rating, "How much assurance can you give?", null, required: true);
            var evidence = survey.AddQuestion(section, QuestionKind.Evidence, "What evidence supports it?", null, required: false);
            var yesNo = survey.AddQuestion(section, QuestionKind.YesNoPartly, "Is the risk register reviewed quarterly?", null, required: true);
            var surveyReturn = survey.Assign(lead, null, today.AddDays(20), [], today);
            survey.Issue(actor, today);
            db.Surveys.Add(survey);
            await db.SaveChangesAsync();
            surveyReturn.SaveSection(survey, section, [new(rating.Id, 2, null, "Two registers are out of date.", null), new(evidence.Id, null, null, "Audit report", "https://example.org/report"), new(yesNo.Id, null, YesNoPartly.Partly, "Not in Q2.", null)], markComplete: true, actor);
            await db.SaveChangesAsync();
            (returnId, sectionId) = (surveyReturn.Id, section.Id);
        }

        var failures = new List<string>();
        failures.AddRange(await Fixture.SweepAsync(
            PortalFactory.Accounts.Lead,
            "/surveys/my-surveys",
            $"/surveys/returns/{returnId}/complete",
            $"/surveys/returns/{returnId}/sections/{sectionId}",
            $"/surveys/returns/{returnId}/check",
            $"/surveys/returns/{returnId}/sign"));
        failures.AddRange(await Fixture.SweepAsync(
            PortalFactory.Accounts.MetGovernance,
            $"/surveys/returns/{returnId}",
            $"/surveys/returns/{returnId}/reopen",
            $"/surveys/returns/{returnId}/interview"));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

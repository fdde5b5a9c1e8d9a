using GovernancePortal.Application.Common;
using GovernancePortal.BrowserTests.Support;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.BrowserTests;

/// <summary>axe on every page of building and issuing a survey, as the Met's governance officer (a draft and an issued survey of its own).</summary>
public sealed class SurveyBuildSweepTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task SurveyBuildingPages_Governance_HaveNoAxeViolations()
    {
        int draft, issued, section, question, respondent, upload, issuedSection, issuedQuestion;
        await using (var scope = Fixture.Portal.NewScope())
        await using (var db = Fixture.Portal.NewDbContext(scope.ServiceProvider, new SystemUser("sweep")))
        {
            var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
            var today = DateOnly.FromDateTime(Domain.Time.LondonClock.ToLondon(DateTime.UtcNow));
            var actor = new Actor(null, "Sweep", DateTime.UtcNow);
            var tag = Guid.NewGuid().ToString("N")[..8];
            var people = Enumerable.Range(1, 2).Select(i => new Person { OrganisationId = met.Id, JobTitle = $"Sweep lead {i} {tag}", FullName = $"Sweep Lead {i}", Email = $"sweep.lead{i}.{tag}@example.org", BusinessGroup = "Territorial Policing" }).ToList();
            db.People.AddRange(people);
            Survey Build(int year, bool issue)
            {
                var survey = Survey.Start(met.Id, new ReportingYear(year), $"Sweep survey {year}");
                var part = survey.AddSection("Risk management", "Consider the corporate risk register.", null);
                survey.AddQuestion(part, QuestionKind.Rating, "How much assurance can you give?", "Explain limited or no assurance.", required: true);
                survey.AddQuestion(part, QuestionKind.Evidence, "What evidence supports your rating?", null, required: false);
                survey.Assign(people[issue ? 1 : 0], null, today.AddDays(30), [], today);
                db.Surveys.Add(survey);
                if (issue)
                {
                    survey.Issue(actor, today);
                }

                return survey;
            }

            var free = await TestSurveyYears.ClaimAsync(db, met.Id, isFree => TestSurveyYears.LatestFirst.Where(isFree).Take(2));
            var draftSurvey = Build(free[0].StartYear, issue: false);
            var issuedSurvey = Build(free[1].StartYear, issue: true);
            await db.SaveChangesAsync();
            var file = new RespondentUpload { SurveyId = draftSurvey.Id, FileName = "respondents.csv", Content = "Signatory,Deadline\r\nnobody@example.org,31/03/2098\r\n"u8.ToArray(), UploadedByName = "Sweep", UploadedAtUtc = DateTime.UtcNow };
            db.RespondentUploads.Add(file);
            await db.SaveChangesAsync();
            (draft, issued, upload) = (draftSurvey.Id, issuedSurvey.Id, file.Id);
            section = draftSurvey.Sections[0].Id;
            question = draftSurvey.Sections[0].Questions[0].Id;
            respondent = draftSurvey.Returns[0].Id;
            issuedSection = issuedSurvey.Sections[0].Id;
            issuedQuestion = issuedSurvey.Sections[0].Questions[0].Id;
        }

        var failures = await Fixture.SweepAsync(
            PortalFactory.Accounts.MetGovernance,
            "/surveys",
            "/surveys/create?organisation=mps",
            $"/surveys/{draft}",
            $"/surveys/{draft}/settings",
            $"/surveys/{draft}/sections/create",
            $"/surveys/{draft}/sections/{section}",
            $"/surveys/{draft}/sections/{section}/questions/create",
            $"/surveys/{draft}/sections/{section}/questions/{question}",
            $"/surveys/{draft}/respondents",
            $"/surveys/{draft}/respondents/{respondent}",
            $"/surveys/{draft}/respondents/upload",
            $"/surveys/{draft}/respondents/upload/{upload}",
            $"/surveys/{draft}/issue",
            $"/surveys/{issued}",
            $"/surveys/{issued}/sections/{issuedSection}/questions/{issuedQuestion}",
            $"/surveys/{issued}/close",
            "/framework/mps/people");

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

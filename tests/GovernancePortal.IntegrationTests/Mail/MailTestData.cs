using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.IntegrationTests.Pages.Surveys;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Mail;

/// <summary>
/// Surveys of the mail tests' own: one section, one question, one new respondent with an e-mail address (and a
/// delegate when asked), in a reporting year no other test survey has (<see cref="TestSurveyYears"/>).
/// </summary>
internal static class MailTestData
{
    private static int people;

    public sealed record MailSurvey(int SurveyId, int ReturnId, int SignatoryId, string SignatoryEmail);

    public static Task<MailSurvey> NewMailSurveyAsync(this PortalFactory portal, bool issue = true, bool withDelegate = false) =>
        NewAsync(portal, issue, withDelegate);

    private static Task<MailSurvey> NewAsync(PortalFactory portal, bool issue, bool withDelegate) =>
        portal.WithDbAsync(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
            var year = await SurveyTestData.FreeYearAsync(db, org.Id);
            var survey = Survey.Start(org.Id, year, $"Statement of Internal Control {year}");
            var section = survey.AddSection("Test area", null, null);
            survey.AddQuestion(section, QuestionKind.Rating, "How much assurance can you give?", null, required: true);
            var n = Interlocked.Increment(ref people);
            var lead = new Person { OrganisationId = org.Id, JobTitle = $"Mail test lead {n}", FullName = $"Mail Lead {n}", Email = $"mail.lead{n}@example.org" };
            var helper = new Person { OrganisationId = org.Id, JobTitle = $"Mail test delegate {n}", FullName = $"Mail Delegate {n}", Email = $"mail.delegate{n}@example.org" };
            db.People.Add(lead);
            db.Surveys.Add(survey);
            survey.Assign(lead, "MetHQ", SurveyTestData.Today.AddDays(30), withDelegate ? [helper] : [], SurveyTestData.Today);
            if (issue)
            {
                survey.Issue(SurveyTestData.TestActor, SurveyTestData.Today);
            }

            await db.SaveChangesAsync();
            return new MailSurvey(survey.Id, survey.Returns.Single().Id, lead.Id, lead.Email);
        });
}

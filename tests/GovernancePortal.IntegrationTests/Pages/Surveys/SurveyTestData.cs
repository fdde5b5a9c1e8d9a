using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Surveys;

/// <summary>What <see cref="SurveyTestData.NewSurveyAsync"/> made: ids a test can open pages with.</summary>
public sealed record TestSurvey(int SurveyId, IReadOnlyList<int> SectionIds, IReadOnlyList<int> QuestionIds, int? LeadReturnId, IReadOnlyList<int> ReturnIds, ReportingYear Year);

/// <summary>Builds surveys of their own for tests, through the domain, so no two tests change the same rows.</summary>
public static class SurveyTestData
{
    public static readonly string[] BusinessGroups = ["MetHQ", "Territorial Policing", "Specialist Crime and Operations", "Specialist Operations", "Professionalism"];

    private static int people;

    public static Actor TestActor => new(null, "Test set-up", DateTime.UtcNow);

    public static DateOnly Today => DateOnly.FromDateTime(Domain.Time.LondonClock.ToLondon(DateTime.UtcNow));

    /// <summary>
    /// A new survey of the organisation for a year no other test uses: <paramref name="sections"/> sections, each with
    /// an assurance rating (required) and a free-text question (optional); a return for the person linked to
    /// <paramref name="leadEmail"/>'s account (if any) and for <paramref name="otherRespondents"/> new people across the
    /// business groups; issued when <paramref name="issue"/>. Deadlines are <paramref name="deadline"/> or 30 days away.
    /// </summary>
    public static async Task<TestSurvey> NewSurveyAsync(
        this PortalFactory portal,
        string organisation = OrganisationCodes.Met,
        bool issue = true,
        int sections = 2,
        string? leadEmail = PortalFactory.Accounts.Lead,
        int otherRespondents = 0,
        DateOnly? deadline = null)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var due = deadline ?? Today.AddDays(30);
        var year = default(ReportingYear);
        var id = await portal.WithDbAsync(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Code == organisation);
            year = await FreeYearAsync(db, org.Id);
            var survey = Survey.Start(org.Id, year, $"Statement of Internal Control {year}");
            db.Surveys.Add(survey);
            for (var s = 1; s <= sections; s++)
            {
                var section = survey.AddSection($"Test area {s}", $"Guidance for test area {s}.", null);
                survey.AddQuestion(section, QuestionKind.Rating, $"How much assurance can you give for test area {s}?", null, required: true);
                survey.AddQuestion(section, QuestionKind.Text, $"Anything else about test area {s}?", null, required: false);
            }

            if (leadEmail is not null)
            {
                var lead = await db.People.Where(p => p.OrganisationId == org.Id && db.Users.Any(u => u.Id == p.UserId && u.Email == leadEmail)).FirstAsync();
                survey.Assign(lead, lead.BusinessGroup ?? BusinessGroups[0], due, [], Today);
            }

            for (var i = 0; i < otherRespondents; i++)
            {
                var n = Interlocked.Increment(ref people);
                var person = new Person { OrganisationId = org.Id, JobTitle = $"Test senior lead {n}", FullName = $"Test Lead {n}", Email = $"test.lead{n}@example.org", BusinessGroup = BusinessGroups[n % BusinessGroups.Length] };
                db.People.Add(person);
                survey.Assign(person, null, due, [], Today);
            }

            if (issue)
            {
                survey.Issue(TestActor, Today);
            }

            await db.SaveChangesAsync();
            return survey.Id;
        });
        return await portal.WithDbAsync(async db =>
        {
            var survey = await db.Surveys.AsNoTracking().Include(s => s.Sections).ThenInclude(s => s.Questions).Include(s => s.Returns).ThenInclude(r => r.Signatory).SingleAsync(s => s.Id == id);
            var leadReturn = leadEmail is null ? null : survey.Returns.FirstOrDefault(r => r.Signatory!.UserId != null && db.Users.Any(u => u.Id == r.Signatory.UserId && u.Email == leadEmail));
            return new TestSurvey(
                survey.Id,
                [.. survey.OrderedSections.Select(s => s.Id)],
                [.. survey.OrderedSections.SelectMany(s => s.OrderedQuestions).Select(q => q.Id)],
                leadReturn?.Id,
                [.. survey.Returns.Select(r => r.Id).Order()],
                year);
        });
    }

    /// <summary>A reporting year the organisation has no survey for, claimed for this test (<see cref="TestSurveyYears"/>).</summary>
    public static Task<ReportingYear> FreeYearAsync(GovernancePortal.Infrastructure.Data.GovernancePortalDbContext db, int organisationId) =>
        TestSurveyYears.LatestFreeAsync(db, organisationId);

    /// <summary>The return with its survey, sections and answers, as stored.</summary>
    public static Task<SurveyReturn> ReturnAsync(this PortalFactory portal, int returnId) =>
        portal.WithDbAsync(db => db.SurveyReturns.AsNoTracking()
            .Include(r => r.Survey!).ThenInclude(s => s.Sections).ThenInclude(s => s.Questions)
            .Include(r => r.Sections).ThenInclude(s => s.Answers)
            .Include(r => r.Delegates)
            .Include(r => r.Events)
            .Include(r => r.InterviewNotes)
            .AsSplitQuery()
            .SingleAsync(r => r.Id == returnId));
}

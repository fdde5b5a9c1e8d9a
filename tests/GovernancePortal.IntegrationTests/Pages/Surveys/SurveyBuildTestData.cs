using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Surveys;

/// <summary>What <see cref="SurveyBuildTestData.BuildSurveyAsync"/> made.</summary>
public sealed record BuiltSurvey(int Id, ReportingYear Year, IReadOnlyList<int> SectionIds, IReadOnlyList<int> QuestionIds, IReadOnlyList<int> ReturnIds, IReadOnlyList<int> PersonIds);

/// <summary>
/// Surveys and people of their own for the building-and-issuing page tests. Years are the latest the Met has no survey
/// for (the tests of one portal run one at a time), so they meet neither the seeded survey nor each other.
/// </summary>
public static class SurveyBuildTestData
{
    private static int people;

    public static DateOnly Today => DateOnly.FromDateTime(Domain.Time.LondonClock.ToLondon(DateTime.UtcNow));

    public static Actor Actor => new(null, "Test set-up", DateTime.UtcNow);

    /// <summary>The latest reporting year the Met has no survey for, claimed for this test.</summary>
    public static Task<ReportingYear> FreeYearAsync(this PortalFactory portal) =>
        portal.WithDbAsync(async db => await TestSurveyYears.LatestFreeAsync(db, await MetIdAsync(db)));

    /// <summary>Two consecutive reporting years the Met has no survey for, later first (for copying last year's), claimed.</summary>
    public static Task<(ReportingYear Later, ReportingYear Earlier)> FreeYearPairAsync(this PortalFactory portal) =>
        portal.WithDbAsync(async db =>
        {
            var pair = await TestSurveyYears.ClaimAsync(db, await MetIdAsync(db), free => TestSurveyYears.LatestFirst.Where(y => free(y) && free(y - 1)).Take(1).SelectMany(y => new[] { y, y - 1 }));
            return (pair[0], pair[1]);
        });

    private static Task<int> MetIdAsync(Infrastructure.Data.GovernancePortalDbContext db) =>
        db.Organisations.Where(o => o.Code == OrganisationCodes.Met).Select(o => o.Id).SingleAsync();

    public static Task<IReadOnlyList<Person>> NewPeopleAsync(this PortalFactory portal, int count, string? businessGroup = "Test group", string organisation = OrganisationCodes.Met) =>
        portal.WithDbAsync<IReadOnlyList<Person>>(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Code == organisation);
            var added = new List<Person>();
            for (var i = 0; i < count; i++)
            {
                var n = Interlocked.Increment(ref people);
                var tag = Guid.NewGuid().ToString("N")[..6];
                added.Add(new Person { OrganisationId = org.Id, JobTitle = $"Build test post {n} {tag}", FullName = $"Build Lead {n} {tag}", Email = $"build.lead{n}.{tag}@example.org", BusinessGroup = businessGroup });
            }

            db.People.AddRange(added);
            await db.SaveChangesAsync();
            return added;
        });

    /// <summary>
    /// A survey of the Met: <paramref name="sections"/> sections each with a rating and a text question, and
    /// <paramref name="respondents"/> new people as respondents (deadline in 30 days); issued when asked.
    /// </summary>
    public static async Task<BuiltSurvey> BuildSurveyAsync(this PortalFactory portal, int sections = 2, int respondents = 1, bool issue = false, ReportingYear? year = null, string title = "Build test survey")
    {
        ArgumentNullException.ThrowIfNull(portal);
        var chosen = year ?? await portal.FreeYearAsync();
        var leads = await portal.NewPeopleAsync(respondents);
        var id = await portal.WithDbAsync(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
            var survey = Survey.Start(org.Id, chosen, title);
            db.Surveys.Add(survey);
            for (var s = 1; s <= sections; s++)
            {
                var section = survey.AddSection($"Build area {s}", $"Guidance for build area {s}.", null);
                survey.AddQuestion(section, QuestionKind.Rating, $"How much assurance for build area {s}?", null, required: true);
                survey.AddQuestion(section, QuestionKind.Text, $"Anything else about build area {s}?", null, required: false);
            }

            var ids = leads.Select(l => l.Id).ToList();
            foreach (var lead in await db.People.Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync())
            {
                survey.Assign(lead, null, Today.AddDays(30), [], Today);
            }

            if (issue)
            {
                survey.Issue(Actor, Today);
            }

            await db.SaveChangesAsync();
            return survey.Id;
        });
        return await portal.WithDbAsync(async db =>
        {
            var survey = await SurveyAsync(db, id);
            return new BuiltSurvey(
                id,
                chosen,
                [.. survey.OrderedSections.Select(s => s.Id)],
                [.. survey.OrderedSections.SelectMany(s => s.OrderedQuestions).Select(q => q.Id)],
                [.. survey.Returns.Select(r => r.Id).Order()],
                [.. leads.Select(l => l.Id)]);
        });
    }

    /// <summary>The survey as stored, with sections, questions, wordings, returns, delegates and events.</summary>
    public static Task<Survey> SurveyAsync(this PortalFactory portal, int id) => portal.WithDbAsync(db => SurveyAsync(db, id));

    private static Task<Survey> SurveyAsync(Infrastructure.Data.GovernancePortalDbContext db, int id) =>
        db.Surveys.AsNoTracking().AsSplitQuery()
            .Include(s => s.Sections).ThenInclude(s => s.Questions).ThenInclude(q => q.Wordings)
            .Include(s => s.Returns).ThenInclude(r => r.Delegates)
            .Include(s => s.Returns).ThenInclude(r => r.Events)
            .Include(s => s.Returns).ThenInclude(r => r.Signatory)
            .Include(s => s.Returns).ThenInclude(r => r.Sections).ThenInclude(s => s.Answers)
            .SingleAsync(s => s.Id == id);

    /// <summary>Sample ids for the authorization matrix: a draft Met survey with a section, question, respondent and upload (made once per portal).</summary>
    public static async Task<(int Survey, int Section, int Question, int Return, int Upload)> MatrixSamplesAsync(this PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        const string title = "Authorization matrix sample survey";
        var existing = await portal.WithDbAsync(db => db.Surveys.AsNoTracking().Where(s => s.Title == title).Select(s => (int?)s.Id).FirstOrDefaultAsync());
        var id = existing ?? (await portal.BuildSurveyAsync(sections: 1, respondents: 1, title: title)).Id;
        return await portal.WithDbAsync(async db =>
        {
            var survey = await SurveyAsync(db, id);
            var upload = await db.RespondentUploads.Where(u => u.SurveyId == id).Select(u => (int?)u.Id).FirstOrDefaultAsync();
            if (upload is null)
            {
                var added = new RespondentUpload { SurveyId = id, FileName = "respondents.csv", Content = "Signatory,Deadline\r\nnobody@example.org,31/03/2099\r\n"u8.ToArray(), UploadedByName = "Test set-up", UploadedAtUtc = DateTime.UtcNow };
                db.RespondentUploads.Add(added);
                await db.SaveChangesAsync();
                upload = added.Id;
            }

            var section = survey.OrderedSections.First();
            return (id, section.Id, section.OrderedQuestions.First().Id, survey.Returns.First().Id, upload.Value);
        });
    }
}

using System.Globalization;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Infrastructure.Seed;

internal sealed record SurveySeed(
    string Organisation,
    string Year,
    string Title,
    string Source,
    string Introduction,
    DateOnly Issued,
    DateOnly Deadline,
    DateOnly AsAt,
    int Returned,
    int InProgress,
    int Reopened,
    string RatingQuestion,
    string EvidenceQuestion,
    List<int> PriorityAreas,
    List<string> LimitedNarratives,
    string NoAssuranceNarrative,
    string ReopenReason,
    List<BusinessGroupSeed> BusinessGroups);

internal sealed record BusinessGroupSeed(string Name, List<string> Posts);

/// <summary>
/// The Met's 2019/20 Statement of Internal Control survey as seed 001 describes it on 8 January 2020: circulated to
/// 100 senior leads for early January return, close to 60% returned. One section per governance area; the leads are
/// the seeded posts across the business groups. Which lead returned what, and the ratings and narrative, are
/// illustrative (the papers give none): generated from a fixed seed so every demo database is the same. The demo senior
/// lead's post has a return not yet started.
/// </summary>
internal sealed class SurveySeeder(GovernancePortalDbContext db)
{
    private const string SeedFile = "met-sic-survey-2019-20.json";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seed = SeedFiles.Read<SurveySeed>(SeedFile);
        var met = await db.Organisations.SingleAsync(o => o.Code == seed.Organisation, cancellationToken);
        var areas = await db.GovernanceAreas.Where(a => a.OrganisationId == met.Id && !a.IsArchived).OrderBy(a => a.SortOrder).ToListAsync(cancellationToken);
        var people = await db.People.Where(p => p.OrganisationId == met.Id).ToListAsync(cancellationToken);
        var demoPosts = DemoAccount.All.Where(a => a.LeadPost is not null).Select(a => a.LeadPost!).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var leads = new List<Person>();
        foreach (var group in seed.BusinessGroups)
        {
            foreach (var post in group.Posts)
            {
                var person = people.FirstOrDefault(p => string.Equals(p.JobTitle, post, StringComparison.OrdinalIgnoreCase));
                if (person is null)
                {
                    person = new Person { Organisation = met, OrganisationId = met.Id, JobTitle = post };
                    db.People.Add(person);
                }

                person.BusinessGroup = group.Name;
                if (person.Email is null && !demoPosts.Contains(post))
                {
                    person.Email = EmailFor(post);
                }

                leads.Add(person);
            }
        }

        var governance = new Actor(null, "Strategy & Governance (demo data)", At(seed.Issued, 9));
        var survey = Survey.Start(met.Id, ReportingYear.Parse(seed.Year), seed.Title);
        survey.Introduction = seed.Introduction;
        foreach (var area in areas)
        {
            var section = survey.AddSection($"{area.Reference}. {area.Title}", area.Description, area.Id);
            survey.AddQuestion(section, QuestionKind.Rating, seed.RatingQuestion, null, required: true);
            survey.AddQuestion(section, QuestionKind.Evidence, seed.EvidenceQuestion, null, required: false);
        }

        foreach (var lead in leads)
        {
            survey.Assign(lead, null, seed.Deadline, [], seed.Issued);
        }

        survey.Issue(governance, seed.Issued);
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(cancellationToken);

        Complete(seed, survey, leads, demoPosts, areas.Select(a => a.Reference).ToList());
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Complete(SurveySeed seed, Survey survey, List<Person> leads, HashSet<string> demoPosts, List<string> areaReferences)
    {
        var random = new Random(2019);
        var order = leads.Where(p => !demoPosts.Contains(p.JobTitle)).OrderBy(_ => random.Next()).ToList();
        var returned = order.Take(seed.Returned).ToList();
        var inProgress = order.Skip(seed.Returned).Take(seed.InProgress).ToList();
        var reopened = order.Skip(seed.Returned + seed.InProgress).Take(seed.Reopened).ToList();
        var priority = seed.PriorityAreas.Select(a => a.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        var sections = survey.OrderedSections.ToList();
        var span = seed.AsAt.DayNumber - seed.Issued.DayNumber - 7;

        foreach (var surveyReturn in survey.Returns)
        {
            var lead = surveyReturn.Signatory!;
            var who = new Actor(null, lead.DisplayName, default);
            if (returned.Contains(lead) || reopened.Contains(lead))
            {
                var day = seed.Issued.AddDays(7 + random.Next(span));
                Answer(surveyReturn, sections, sections.Count, who with { AtUtc = At(day, 10) });
                surveyReturn.Submit(survey, [lead.Id], lead.FullName ?? lead.JobTitle, lead.JobTitle, day, confirmed: true, who with { AtUtc = At(day, 16) });
                if (reopened.Contains(lead))
                {
                    surveyReturn.Reopen(survey, seed.ReopenReason, new Actor(null, "Strategy & Governance (demo data)", At(seed.AsAt.AddDays(-1), 11)));
                }
            }
            else if (inProgress.Contains(lead))
            {
                var day = seed.Issued.AddDays(7 + random.Next(span));
                Answer(surveyReturn, sections, 2 + random.Next(sections.Count - 3), who with { AtUtc = At(day, 10) });
            }

            var reminderDay = seed.Deadline.AddDays(-7);
            if (surveyReturn.SubmittedAtUtc is not { } submitted || DateOnly.FromDateTime(submitted) >= reminderDay)
            {
                surveyReturn.RecordReminder(At(reminderDay, 7), "7 days before the deadline");
            }
        }

        void Answer(SurveyReturn surveyReturn, List<SurveySection> sections, int count, Actor who)
        {
            for (var i = 0; i < count; i++)
            {
                var section = sections[i];
                var area = areaReferences[i];
                var rating = RatingFor(priority.Contains(area), area == "6");
                var questions = section.OrderedQuestions.ToList();
                var narrative = rating switch
                {
                    3 => seed.NoAssuranceNarrative,
                    2 => seed.LimitedNarratives[random.Next(seed.LimitedNarratives.Count)],
                    _ => null,
                };
                var evidence = random.Next(3) == 0 ? "Quarterly assurance returns to the business group's leadership team; the 2018/19 DARA audit of this area." : null;
                surveyReturn.SaveSection(survey, section, [new(questions[0].Id, rating, null, narrative, null), new(questions[1].Id, null, null, evidence, null)], markComplete: true, who);
            }
        }

        int RatingFor(bool priorityArea, bool canBeNone)
        {
            var roll = random.Next(100);
            return priorityArea
                ? roll switch { < 20 => 0, < 66 => 1, < 94 => 2, _ => canBeNone ? 3 : 2 }
                : roll switch { < 45 => 0, < 90 => 1, _ => 2 };
        }
    }

    private static DateTime At(DateOnly day, int hour) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);

    /// <summary>"BCU Commander, Central West" → bcu.commander.central.west@example.org.</summary>
    private static string EmailFor(string post) =>
        string.Join('.', post.ToLowerInvariant().Split(post.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries)) + "@example.org";
}

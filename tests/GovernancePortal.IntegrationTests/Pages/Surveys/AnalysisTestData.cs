using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Pages.Surveys;

/// <summary>What <see cref="AnalysisTestData.NewAnalysisSurveyAsync"/> made.</summary>
public sealed record AnalysisSurvey(int SurveyId, ReportingYear Year, string Title, IReadOnlyList<int> SectionIds, IReadOnlyList<string> SectionTitles, IReadOnlyList<AnalysisRespondent> Respondents)
{
    public int Return(int respondent) => Respondents[respondent].ReturnId;
}

public sealed record AnalysisRespondent(int ReturnId, int PersonId, string Name, string? Group)
{
    /// <summary>How the portal shows the signatory (the person's display name).</summary>
    public string DisplayName => $"{Name} (Analysis senior lead)";
}

/// <summary>A return's answers to one section: the rating (0 best), its narrative, a yes/no/partly with comment, evidence.</summary>
public sealed record SectionAnswer(int Rating, string? Narrative = null, YesNoPartly? Choice = null, string? Comment = null, string? Evidence = null, string? Links = null);

/// <summary>
/// Surveys for the tracking and analysis tests: named respondents in chosen business groups, sections of a rating, a
/// yes/no/partly and an evidence question, and answers saved and signed through the domain, so every figure is exact.
/// Years are found free per organisation (from the top of the range down), so no two tests share a survey.
/// </summary>
public static class AnalysisTestData
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PortalFactory, Task<AnalysisSurvey>> Samples = [];
    private static int people;

    public static DateOnly Today => DateOnly.FromDateTime(Domain.Time.LondonClock.ToLondon(DateTime.UtcNow));

    private static Actor TestActor => new(null, "Test set-up", DateTime.UtcNow);

    /// <summary>
    /// One Met survey per portal with a flagged area (the first), for sample URLs of the tracking and analysis pages
    /// (<c>AuthorizationMatrixTests</c>): made on first use, then shared.
    /// </summary>
    public static Task<AnalysisSurvey> SampleSurveyAsync(this PortalFactory portal) =>
        Samples.GetValue(portal, async p =>
        {
            var survey = await p.NewAnalysisSurveyAsync(["Territorial Policing", "MetHQ"]);
            await p.SubmitAsync(survey.Return(0), new SectionAnswer(2), new SectionAnswer(0));
            return survey;
        });

    public static async Task<AnalysisSurvey> NewAnalysisSurveyAsync(
        this PortalFactory portal,
        IReadOnlyList<string?> groups,
        IReadOnlyList<string>? sections = null,
        string organisation = OrganisationCodes.Met,
        int? copiedFrom = null,
        bool earliestYear = false)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(groups);
        var titles = sections ?? ["Test area 1", "Test area 2"];
        var id = await portal.WithDbAsync(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Code == organisation);
            // The earliest year: below every survey of the organisation, so it has no previous year to compare with.
            var year = (await TestSurveyYears.ClaimAsync(db, org.Id, free => earliestYear
                ? TestSurveyYears.LatestFirst.Reverse().TakeWhile(free).TakeLast(1)
                : TestSurveyYears.LatestFirst.Where(free).Take(1)))[0].StartYear;
            Survey survey;
            if (copiedFrom is { } sourceId)
            {
                var source = await db.Surveys.Include(s => s.Sections).ThenInclude(s => s.Questions).SingleAsync(s => s.Id == sourceId);
                survey = source.CopyFor(new ReportingYear(year), $"Analysis survey {new ReportingYear(year)}");
            }
            else
            {
                survey = Survey.Start(org.Id, new ReportingYear(year), $"Analysis survey {new ReportingYear(year)}");
                foreach (var title in titles)
                {
                    var section = survey.AddSection(title, $"Guidance for {title}.", null);
                    survey.AddQuestion(section, QuestionKind.Rating, $"How much assurance can you give for {title}?", null, required: true);
                    survey.AddQuestion(section, QuestionKind.YesNoPartly, $"Are the key controls of {title} documented?", null, required: false);
                    survey.AddQuestion(section, QuestionKind.Evidence, $"What evidence supports your rating of {title}?", null, required: false);
                }
            }

            db.Surveys.Add(survey);
            foreach (var group in groups)
            {
                var n = Interlocked.Increment(ref people);
                var person = new Person { OrganisationId = org.Id, JobTitle = "Analysis senior lead", FullName = $"Analysis Lead {n:000}", Email = $"analysis.lead{n}@example.org", BusinessGroup = group };
                db.People.Add(person);
                survey.Assign(person, group, Today.AddDays(30), [], Today);
            }

            survey.Issue(TestActor, Today);
            await db.SaveChangesAsync();
            return survey.Id;
        });
        return await portal.WithDbAsync(async db =>
        {
            var survey = await db.Surveys.AsNoTracking().Include(s => s.Sections).Include(s => s.Returns).ThenInclude(r => r.Signatory).SingleAsync(s => s.Id == id);
            return new AnalysisSurvey(
                survey.Id,
                survey.Year,
                survey.Title,
                [.. survey.OrderedSections.Select(s => s.Id)],
                [.. survey.OrderedSections.Select(s => s.Title)],
                [.. survey.Returns.OrderBy(r => r.Id).Select(r => new AnalysisRespondent(r.Id, r.SignatoryId, r.Signatory!.FullName!, r.BusinessGroup))]);
        });
    }

    /// <summary>Answers every section (in order) and signs the return as its signatory.</summary>
    public static Task SubmitAsync(this PortalFactory portal, int returnId, params SectionAnswer[] answers) =>
        portal.AnswerAsync(returnId, sign: true, answers);

    /// <summary>Answers the first sections, leaving the return in progress.</summary>
    public static Task DraftAsync(this PortalFactory portal, int returnId, params SectionAnswer[] answers) =>
        portal.AnswerAsync(returnId, sign: false, answers);

    /// <summary>Moves a return's deadline (into the past for overdue returns, which the domain will not assign).</summary>
    public static Task RemindAsync(this PortalFactory portal, int returnId, DateTime atUtc) =>
        portal.WithDbAsync(async db =>
        {
            var r = await db.SurveyReturns.Include(x => x.Events).SingleAsync(x => x.Id == returnId);
            r.RecordReminder(atUtc, "Test reminder");
            return await db.SaveChangesAsync();
        });

    /// <summary>An open improvement plan of the Met with one area (code <paramref name="areaCode"/>), for raising flags into.</summary>
    public static Task<(int PlanId, int AreaId, string Slug)> NewOpenPlanAsync(this PortalFactory portal, int firstYear, string areaCode) =>
        portal.WithDbAsync(async db =>
        {
            var met = await db.Organisations.SingleAsync(o => o.Code == OrganisationCodes.Met);
            var plan = new ImprovementPlan { OrganisationId = met.Id, Title = $"Analysis plan {firstYear}", FirstYear = new ReportingYear(firstYear), LastYear = new ReportingYear(firstYear), Status = PlanStatus.Active };
            var area = new ImprovementArea { Plan = plan, Code = areaCode, Sequence = 1, Title = $"Analysis area {areaCode}" };
            plan.Areas.Add(area);
            db.ImprovementPlans.Add(plan);
            await db.SaveChangesAsync();
            return (plan.Id, area.Id, plan.Slug);
        });

    private static Task AnswerAsync(this PortalFactory portal, int returnId, bool sign, SectionAnswer[] answers) =>
        portal.WithDbAsync(async db =>
        {
            var surveyReturn = await db.SurveyReturns.Include(r => r.Sections).ThenInclude(s => s.Answers).Include(r => r.Signatory).SingleAsync(r => r.Id == returnId);
            var survey = await db.Surveys.Include(s => s.Sections).ThenInclude(s => s.Questions).SingleAsync(s => s.Id == surveyReturn.SurveyId);
            var actor = new Actor(null, surveyReturn.Signatory!.FullName!, DateTime.UtcNow);
            foreach (var (section, answer) in survey.OrderedSections.Zip(answers))
            {
                var inputs = new List<AnswerInput>();
                foreach (var question in section.OrderedQuestions)
                {
                    inputs.Add(question.Kind switch
                    {
                        QuestionKind.Rating => new AnswerInput(question.Id, answer.Rating, null, answer.Narrative ?? (survey.NeedsNarrative(answer.Rating) ? $"Why {section.Title} is rated {survey.RatingLabel(answer.Rating)}." : null), null),
                        QuestionKind.YesNoPartly => new AnswerInput(question.Id, null, answer.Choice, answer.Comment, null),
                        QuestionKind.Evidence => new AnswerInput(question.Id, null, null, answer.Evidence, answer.Links),
                        _ => new AnswerInput(question.Id, null, null, null, null),
                    });
                }

                surveyReturn.SaveSection(survey, section, inputs, markComplete: true, actor);
            }

            if (sign)
            {
                surveyReturn.Submit(survey, [surveyReturn.SignatoryId], surveyReturn.Signatory.FullName!, "Analysis senior lead", Today, confirmed: true, actor);
            }

            return await db.SaveChangesAsync();
        });
}

using GovernancePortal.Application.Features.Papers.Model;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.IntegrationTests.Papers.Compose;

// A portal of its own for the composer tests: each scenario makes an organisation of its own (so the framework, plans,
// survey, glossary and audit opinion it composes from are exactly the rows the test made), and the organisations added
// must not show on the pages other tests read.
[CollectionDefinition(Name)]
public sealed class SqlitePaperComposeCollection : ICollectionFixture<SqlitePortal>
{
    public const string Name = "SQLite portal (paper composing)";
}

/// <summary>What <see cref="ComposeTestData.NewScenarioAsync"/> made.</summary>
public sealed record ComposeScenario(
    int OrganisationId,
    string ShortName,
    ReportingYear Year,
    int AnnualPaperId,
    int ProgressPaperId,
    int LastYearPlanId,
    int NextPlanId,
    int SurveyId,
    int RiskSectionId,
    int UnledAreaId);

/// <summary>
/// An organisation with everything an AGS and a progress report compose from, made through the domain: two principles; a
/// Met-style area (key controls, review statements), a MOPAC-style area (commitments) and an archived one; last year's
/// plan with a completed, a withdrawn and a carried-forward action; the next plan with the carried action (due date
/// revised), an area without a lead, an open and a completed action; an issued survey with two of three returns in (one
/// area rated limited assurance); an audit opinion with a recommendation; a glossary; an AGS with a section of every
/// content kind; a progress report on the next plan.
/// </summary>
public static class ComposeTestData
{
    public static readonly ReportingYear Year = new(2024);

    /// <summary>The progress report's meeting ("as at") and previous report dates.</summary>
    public static readonly DateOnly MeetingDate = new(2025, 10, 15);
    public static readonly DateOnly PreviousReport = new(2025, 7, 1);

    private static int organisations;

    private static Actor Actor(DateOnly day) => new(null, "Test set-up", day.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc));

    public static PaperComposer Composer(GovernancePortalDbContext db) => new(db, TimeProvider.System);

    /// <summary>Composes the paper as stored.</summary>
    public static Task<(Paper Paper, PaperDocument Document)> ComposeAsync(this PortalFactory portal, int paperId) =>
        portal.WithDbAsync(async db =>
        {
            var paper = (await PaperComposer.LoadAsync(db, paperId, CancellationToken.None))!;
            return (paper, await Composer(db).ComposeAsync(paper, CancellationToken.None));
        });

    /// <summary>The generated blocks of the paper's first section of <paramref name="content"/>.</summary>
    public static async Task<IReadOnlyList<DocBlock>> GeneratedAsync(this PortalFactory portal, int paperId, SectionContent content) =>
        await portal.WithDbAsync(async db =>
        {
            var paper = (await PaperComposer.LoadAsync(db, paperId, CancellationToken.None))!;
            var sections = await Composer(db).ComposeSectionsAsync(paper, CancellationToken.None);
            return sections.First(s => s.Section.Content == content).Generated;
        });

    public static async Task<ComposeScenario> NewScenarioAsync(this PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var n = Interlocked.Increment(ref organisations);
        var (organisationId, areaIds, people) = await portal.WithDbAsync(async db =>
        {
            var org = new Organisation { Code = $"PC{n}", Name = $"Paper Compose Organisation {n}", ShortName = $"Compose {n}" };
            db.Organisations.Add(org);
            var integrity = new Principle { Organisation = org, Code = "A", Title = "Behaving with integrity", SortOrder = 1 };
            var openness = new Principle { Organisation = org, Code = "B", Title = "Ensuring openness", SortOrder = 2 };
            db.Principles.AddRange(openness, integrity);

            var strategy = new GovernanceArea { Organisation = org, Reference = "1", SortOrder = GovernanceArea.SortOrderFor("1"), Title = "Strategy", Description = "Strategic objectives and plans", Principle = integrity };
            var open = new GovernanceArea { Organisation = org, Reference = "2", SortOrder = GovernanceArea.SortOrderFor("2"), Title = "Openness", Description = "To be open in all we do.", CommitmentsLeadIn = "We commit to:", Principle = openness };
            var archived = new GovernanceArea { Organisation = org, Reference = "3", SortOrder = GovernanceArea.SortOrderFor("3"), Title = "Retired area", Description = "An area no longer used", Principle = integrity, IsArchived = true };
            db.GovernanceAreas.AddRange(open, strategy, archived);
            void Say(GovernanceArea area, StatementKind kind, int order, string text, string? subTopic = null, ReportingYear? year = null) =>
                area.Statements.Add(new AreaStatement { Year = year ?? Year, Kind = kind, SortOrder = order, Text = text, SubTopic = subTopic });
            Say(strategy, StatementKind.KeyControls, 2, "Plans are reviewed each year.");
            Say(strategy, StatementKind.KeyControls, 1, "The Management Board sets the plan.", "Planning");
            Say(strategy, StatementKind.KeyControls, 1, "An old control.", year: Year.Previous);
            Say(strategy, StatementKind.ActivityDuringYear, 1, "We refreshed the plan.", "Planning");
            Say(strategy, StatementKind.IntendedActivity, 2, "We will consult on the plan.", "Planning");
            Say(strategy, StatementKind.WorkingWell, 1, "Board scrutiny works.");
            Say(strategy, StatementKind.ResponseToLastYear, 1, "We published a response.", "How did we respond to the 2023/24 AGS?");
            Say(strategy, StatementKind.CouldBeImproved, 1, "Publish the plan sooner.");
            Say(archived, StatementKind.KeyControls, 1, "Archived control.");
            Say(open, StatementKind.Commitment, 1, "Publish decisions.");
            Say(open, StatementKind.Commitment, 2, "Answer requests:\n\n- on time\n- in full");

            var lead = new Person { Organisation = org, FullName = "Lee Lead", JobTitle = "Director of Strategy" };
            var post = new Person { Organisation = org, JobTitle = "Chief Officer" };
            var respondents = Enumerable.Range(1, 3).Select(i => new Person { Organisation = org, FullName = $"Respondent {n}-{i}", JobTitle = "Senior lead", Email = $"compose{n}.{i}@example.org" }).ToList();
            db.People.AddRange([lead, post, .. respondents]);
            await db.SaveChangesAsync();
            return (org.Id, (Strategy: strategy.Id, Open: open.Id), (Lead: lead, Post: post));
        });

        var (lastYearPlanId, nextPlanId, unledAreaId) = await portal.WithDbAsync(async db =>
        {
            var lead = await db.People.SingleAsync(p => p.Id == people.Lead.Id);
            var post = await db.People.SingleAsync(p => p.Id == people.Post.Id);
            var last = new ImprovementPlan { OrganisationId = organisationId, Title = "Improvement plan 2024/25", FirstYear = Year, LastYear = Year, Status = PlanStatus.Active };
            var area = new ImprovementArea { Plan = last, Sequence = 1, Title = "Strategy improvements", Leads = [lead, post] };
            last.Areas.Add(area);
            var done = new ImprovementAction { Area = area, Code = "ST-01", Description = "Refresh the strategy", OriginalDueDate = new(2025, 3, 1), DueDate = new(2025, 3, 1), Status = ActionStatus.VerifiedComplete, CompletedOn = new(2025, 2, 10) };
            var dropped = new ImprovementAction { Area = area, Code = "ST-02", Description = "Merge the boards", OriginalDueDate = new(2025, 3, 1), DueDate = new(2025, 3, 1) };
            var carried = new ImprovementAction { Area = area, Code = "ST-03", Description = "Consult on the plan", OriginalDueDate = new(2025, 6, 30), DueDate = new(2025, 6, 30), Owner = post };
            area.Actions.AddRange([done, dropped, carried]);
            dropped.CloseWithoutAction("No longer needed", Actor(new(2025, 1, 20)));

            var next = new ImprovementPlan { OrganisationId = organisationId, Title = "Improvement plan 2025/26", FirstYear = Year.Next, LastYear = Year.Next, Status = PlanStatus.Active };
            var moved = last.CarryForwardInto(next, Actor(new(2025, 4, 2))).Single();
            moved.ReviseDueDate(new(2025, 12, 31), "Waiting for the new board", Actor(new(2025, 5, 1)));
            var unled = new ImprovementArea { Plan = next, Sequence = 2, Title = "Openness improvements" };
            next.Areas.Add(unled);
            var overdue = new ImprovementAction { Area = unled, Code = "OP-01", Description = "Publish the register", OriginalDueDate = new(2025, 9, 30), DueDate = new(2025, 9, 30), OwnerText = "Head of Communications", Status = ActionStatus.InProgress };
            var completed = new ImprovementAction { Area = unled, Code = "OP-02", Description = "Open the meetings", OriginalDueDate = new(2025, 8, 31), DueDate = new(2025, 8, 31), Status = ActionStatus.VerifiedComplete, CompletedOn = new(2025, 8, 20) };
            var earlier = new ImprovementAction { Area = unled, Code = "OP-03", Description = "Publish minutes", OriginalDueDate = new(2025, 6, 30), DueDate = new(2025, 6, 30), Status = ActionStatus.VerifiedComplete, CompletedOn = new(2025, 6, 1) };
            unled.Actions.AddRange([overdue, completed, earlier]);
            unled.Assessments.Add(new AreaAssessment { Period = "Quarter 2", AsAt = new(2025, 9, 30), Assessment = "Some progress" });
            foreach (var action in next.Areas.SelectMany(a => a.Actions))
            {
                action.RecalculateRag(RagRule.Standard, MeetingDate);
            }

            db.ImprovementPlans.AddRange(last, next);
            await db.SaveChangesAsync();
            return (last.Id, next.Id, unled.Id);
        });

        var (surveyId, riskSectionId) = await portal.NewSurveyAsync(organisationId, areaIds.Strategy, areaIds.Open);

        var (annualId, progressId) = await portal.WithDbAsync(async db =>
        {
            var opinion = new AuditOpinion { OrganisationId = organisationId, Year = Year, Level = AssuranceLevel.Adequate, Opinion = "An adequate control environment.", GivenBy = "Director of Audit", GivenOn = new(2025, 5, 20), Basis = "Based on 12 reviews." };
            opinion.Put(null, "R1", "Improve the risk register", RecommendationPriority.High, "Agreed; by March.");
            db.AuditOpinions.Add(opinion);
            db.GlossaryEntries.AddRange(
                new GlossaryEntry { OrganisationId = organisationId, Acronym = "SIC", Definition = "Statement of Internal Control" },
                new GlossaryEntry { OrganisationId = organisationId, Acronym = "agm", Definition = "Annual general meeting" },
                new GlossaryEntry { OrganisationId = organisationId, Acronym = "AGS", Definition = "Annual Governance Statement" });

            var annual = Paper.Create(AnnualTemplate(organisationId), null, Year, "Annual Governance Statement 2024/25", Actor(new(2025, 5, 1)));
            annual.SetSignatories([("Sam Signer", "Commissioner"), ("Pat Partner", "Chief Executive")]);
            annual.SetControlEntries([("Protective marking", "Not protectively marked"), ("Owner", "Governance team")]);
            var progress = Paper.Create(ProgressTemplate(organisationId), null, Year.Next, "Progress on the 2025/26 plan", Actor(new(2025, 10, 1)));
            progress.ImprovementPlanId = nextPlanId;
            progress.Describe(new PaperDetails(progress.Title, null, null, "Audit Panel", MeetingDate, null, PreviousReport));
            db.Papers.AddRange(annual, progress);
            await db.SaveChangesAsync();
            return (annual.Id, progress.Id);
        });

        return new ComposeScenario(organisationId, $"Compose {n}", Year, annualId, progressId, lastYearPlanId, nextPlanId, surveyId, riskSectionId, unledAreaId);
    }

    /// <summary>An AGS of an organisation of its own that has nothing else: no framework, plans, survey, opinion or glossary.</summary>
    public static Task<int> NewEmptyPaperAsync(this PortalFactory portal) =>
        portal.WithDbAsync(async db =>
        {
            var n = Interlocked.Increment(ref organisations);
            var org = new Organisation { Code = $"PC{n}", Name = $"Paper Compose Organisation {n}", ShortName = $"Compose {n}" };
            db.Organisations.Add(org);
            await db.SaveChangesAsync();
            var paper = Paper.Create(AnnualTemplate(org.Id), null, Year, "Empty AGS", Actor(new(2025, 5, 1)));
            db.Papers.Add(paper);
            await db.SaveChangesAsync();
            return paper.Id;
        });

    /// <summary>An AGS template with one section of every content kind of an annual paper (codes A, B, …).</summary>
    public static PaperTemplate AnnualTemplate(int organisationId)
    {
        var template = new PaperTemplate { OrganisationId = organisationId, Kind = PaperKind.AnnualGovernanceStatement };
        var kinds = Enum.GetValues<SectionContent>().Where(c => c < SectionContent.ProgressSummary).ToList();
        for (var i = 0; i < kinds.Count; i++)
        {
            var elements = i == 0 ? CipfaElements.All.Aggregate(CipfaElement.None, (all, e) => all | e) : CipfaElement.None;
            template.AddSection(new SectionDefinition(((char)('A' + i)).ToString(), $"{kinds[i]} section", kinds[i], elements, false, $"Own text of {kinds[i]}."));
        }

        return template;
    }

    private static PaperTemplate ProgressTemplate(int organisationId)
    {
        var template = new PaperTemplate { OrganisationId = organisationId, Kind = PaperKind.ProgressReport };
        foreach (var kind in new[] { SectionContent.ProgressSummary, SectionContent.ProgressRag, SectionContent.SlippedActions, SectionContent.CompletedActions })
        {
            template.AddSection(new SectionDefinition(null, $"{kind} section", kind, CipfaElement.None, false, null));
        }

        return template;
    }

    /// <summary>
    /// The year's survey: "Risk management" (area 1) and "Openness" (area 2), three respondents of whom two submit: risk
    /// rated limited assurance by both, openness substantial and reasonable.
    /// </summary>
    private static async Task<(int SurveyId, int RiskSectionId)> NewSurveyAsync(this PortalFactory portal, int organisationId, int strategyAreaId, int openAreaId)
    {
        var today = DateOnly.FromDateTime(Domain.Time.LondonClock.ToLondon(DateTime.UtcNow));
        var actor = new Actor(null, "Test set-up", DateTime.UtcNow);
        var (surveyId, returnIds) = await portal.WithDbAsync(async db =>
        {
            var survey = Survey.Start(organisationId, Year, $"SIC survey {Year}");
            foreach (var (title, areaId) in new[] { ("Risk management", strategyAreaId), ("Openness", openAreaId) })
            {
                var section = survey.AddSection(title, null, areaId);
                survey.AddQuestion(section, QuestionKind.Rating, $"How much assurance for {title}?", null, required: true);
            }

            db.Surveys.Add(survey);
            var respondents = await db.People.Where(p => p.OrganisationId == organisationId && p.Email != null).OrderBy(p => p.Id).ToListAsync();
            foreach (var person in respondents)
            {
                survey.Assign(person, "Group", today.AddDays(30), [], today);
            }

            survey.Issue(actor, today);
            await db.SaveChangesAsync();
            return (survey.Id, survey.Returns.OrderBy(r => r.Id).Select(r => r.Id).ToList());
        });

        await portal.SubmitAsync(returnIds[0], 2, 0);
        await portal.SubmitAsync(returnIds[1], 2, 1);
        var riskSectionId = await portal.WithDbAsync(db => db.SurveySections.Where(s => s.SurveyId == surveyId && s.Title == "Risk management").Select(s => s.Id).SingleAsync());
        return (surveyId, riskSectionId);
    }

    private static Task SubmitAsync(this PortalFactory portal, int returnId, params int[] ratings) =>
        portal.WithDbAsync(async db =>
        {
            var surveyReturn = await db.SurveyReturns.Include(r => r.Sections).ThenInclude(s => s.Answers).Include(r => r.Signatory).SingleAsync(r => r.Id == returnId);
            var survey = await db.Surveys.Include(s => s.Sections).ThenInclude(s => s.Questions).SingleAsync(s => s.Id == surveyReturn.SurveyId);
            var actor = new Actor(null, surveyReturn.Signatory!.FullName!, DateTime.UtcNow);
            foreach (var (section, rating) in survey.OrderedSections.Zip(ratings))
            {
                var question = section.OrderedQuestions.Single();
                surveyReturn.SaveSection(survey, section, [new AnswerInput(question.Id, rating, null, survey.NeedsNarrative(rating) ? "Because." : null, null)], markComplete: true, actor);
            }

            var today = DateOnly.FromDateTime(Domain.Time.LondonClock.ToLondon(DateTime.UtcNow));
            surveyReturn.Submit(survey, [surveyReturn.SignatoryId], surveyReturn.Signatory.FullName!, "Senior lead", today, confirmed: true, actor);
            return await db.SaveChangesAsync();
        });
}

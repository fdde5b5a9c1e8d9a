using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.People;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Domain.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.Benchmarks.Portal;

/// <summary>
/// A realistic improvement register for the benchmark: for the Met and MOPAC, one plan per reporting year for the five
/// years ending with the current one (8 Met areas IA11–IA18, 7 MOPAC areas A–G per plan), the requested number of
/// actions spread evenly over the 75 areas, owners, dated updates accepted or awaiting review, due-date revisions in
/// the slippage ledger, two-key closures, closures without action, carry-forward into the next year's plan, a few RAG
/// overrides, and the RAG calculated with each organisation's rule. Everything goes through the domain methods and the
/// app's own DbContext (so it is audited), one SaveChanges per organisation. Deterministic for a given count and day.
/// </summary>
internal static class ImprovementData
{
    /// <summary>The Met area codes of the generated plans: IA11… so that they never match the demo plan's IA1–IA10.</summary>
    public static readonly string[] MetAreaCodes = ["IA11", "IA12", "IA13", "IA14", "IA15", "IA16", "IA17", "IA18"];

    public const int Years = 5;

    public static readonly string[] MetAreaTitles =
    [
        "Leadership, culture and values", "Risk management and assurance", "Information management and data quality",
        "Financial planning and value for money", "Workforce planning and wellbeing", "Transformation and change delivery",
        "Partnerships and collaboration", "Performance and accountability",
    ];

    private static readonly string[] MetPosts =
    [
        "AC Professionalism", "AC Frontline Policing", "AC Met Operations", "DAC Professionalism", "Director of Strategy and Governance",
        "Director of Finance", "Chief Information Officer", "Director of People", "Director of Commercial Services",
        "Director of Legal Services", "Director of Property Services", "Head of Risk and Assurance", "Commander, Crime Prevention",
        "Head of Information Governance", "Director of Media and Communications", "Head of Performance",
    ];

    private static readonly string[] MopacPosts =
    [
        "Chief Executive", "Director of Strategy", "Chief Finance Officer", "Director of Audit, Risk and Assurance",
        "Head of Governance and Risk", "Director of Oversight", "Head of Performance and Insight", "Director of Commissioning",
        "Head of Human Resources", "Head of Information Governance", "Director of Criminal Justice Policy", "Head of Finance",
    ];

    private static readonly string[] Names =
    [
        "Alex Morgan", "Sam Patel", "Jordan Hughes", "Priya Shah", "Chris Okafor", "Hannah Lewis", "Tom Fraser", "Aisha Begum",
        "Ruth Evans", "Daniel Price", "Grace Mensah", "Owen Clarke",
    ];

    private static readonly string[] Verbs =
    [
        "Review and refresh", "Embed", "Develop and agree", "Introduce", "Strengthen", "Publish", "Implement", "Test and report on",
        "Redesign", "Agree and monitor",
    ];

    private static readonly string[] Objects =
    [
        "the corporate risk register and its escalation routes", "the scheme of delegation and consent",
        "the data quality framework for crime recording", "the medium-term financial plan assumptions",
        "the workforce plan for specialist roles", "the benefits realisation process for change programmes",
        "the information asset register", "the gifts and hospitality policy", "the performance framework for local policing",
        "the partnership agreements with local authorities", "the business continuity arrangements", "the contract management standards",
        "the complaints handling process", "the records retention schedule", "the counter-fraud strategy", "the wellbeing offer for officers and staff",
        "the decision log for the management board", "the audit recommendation tracker", "the procurement pipeline", "the equality impact assessments",
    ];

    private static readonly string[] Outcomes =
    [
        "so that the board receives timely assurance", "so that risks are escalated consistently across business groups",
        "in line with the recommendations of the internal audit report", "so that decisions are recorded and published",
        "as agreed with the Audit Panel", "so that the annual governance statement can rely on it", "and report progress quarterly",
    ];

    private static readonly string[] ProgressTexts =
    [
        "Workshops held with the business groups; a draft is out for consultation and will go to the management board next month.",
        "The revised process is live in two business groups and the rest follow by the end of the quarter.",
        "Scoping is complete and a project lead is in post; delivery was delayed by competing operational priorities.",
        "Policy approved by the management board; training material is being prepared with the learning and development team.",
        "Data collection has started; the first quarterly report is due to the Audit Panel in the next cycle.",
    ];

    public sealed record Summary(int Plans, int Areas, int Actions, int Updates, int Revisions, int People, int Open, int Overdue, int MetActions, DateOnly Today, string RagMix);

    public static async Task<Summary> GenerateAsync(IServiceProvider services, int actionCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(actionCount, 2 * Years * (MetAreaCodes.Length + 7));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();
        var today = scope.ServiceProvider.GetRequiredService<TimeProvider>().Today();
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Code);
        var met = organisations[OrganisationCodes.Met];
        var mopac = organisations[OrganisationCodes.Mopac];
        var mopacPrinciples = await db.Principles.Where(p => p.OrganisationId == mopac.Id).OrderBy(p => p.SortOrder).ToListAsync();

        var firstYear = ReportingYear.Containing(today).StartYear - (Years - 1);
        var areasPerYear = MetAreaCodes.Length + mopacPrinciples.Count;
        var generator = new Generator(new Random(20_19), today, actionCount, areasPerYear * Years);
        var metAreas = MetAreaCodes.Select((code, i) => (Code: code, Title: MetAreaTitles[i], PrincipleId: (int?)null)).ToList();
        var mopacAreas = mopacPrinciples.Select(p => (Code: p.Code, p.Title, PrincipleId: (int?)p.Id)).ToList();

        var metPeople = generator.People(met, MetPosts);
        db.People.AddRange(metPeople);
        var metPlans = generator.Plans(met, "Met Governance Improvement Plan", firstYear, metAreas, metPeople);
        db.ImprovementPlans.AddRange(metPlans);
        await db.SaveChangesAsync();

        var mopacPeople = generator.People(mopac, MopacPosts);
        db.People.AddRange(mopacPeople);
        var mopacPlans = generator.Plans(mopac, "MOPAC Governance Improvement Plan", firstYear, mopacAreas, mopacPeople);
        db.ImprovementPlans.AddRange(mopacPlans);
        await db.SaveChangesAsync();

        // A live PostgreSQL database has planner statistics (autovacuum keeps them); a register inserted a moment ago has
        // none until autovacuum gets round to it, and the planner then picks plans that are slow for single actions.
        if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }

        var actions = metPlans.Concat(mopacPlans).SelectMany(p => p.Areas).SelectMany(a => a.Actions).ToList();
        return new Summary(
            Plans: metPlans.Count + mopacPlans.Count,
            Areas: metPlans.Concat(mopacPlans).Sum(p => p.Areas.Count),
            Actions: actions.Count,
            Updates: actions.Sum(a => a.Updates.Count),
            Revisions: actions.Sum(a => a.DateRevisions.Count),
            People: metPeople.Count + mopacPeople.Count,
            Open: actions.Count(a => a.IsOpen),
            Overdue: actions.Count(a => a.IsOverdue(today)),
            MetActions: metPlans.SelectMany(p => p.Areas).Sum(a => a.Actions.Count),
            Today: today,
            RagMix: string.Join(", ", actions.GroupBy(a => a.Rag?.ToString() ?? "not rated").OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}")));
    }

    private enum Fate
    {
        Complete,
        Closed,
        CarryForward,
        NotStarted,
        InProgress,
        ReportedComplete,
    }

    private sealed class Generator(Random random, DateOnly today, int actionCount, int totalAreas)
    {
        private const string TeamName = "Strategy and Governance team";
        private readonly HashSet<ImprovementAction> _toCarry = [];
        private int _areaIndex;

        public List<Person> People(Organisation organisation, string[] posts) =>
        [
            .. posts.Select((post, i) => new Person
            {
                Organisation = organisation,
                JobTitle = post,
                FullName = i % 3 == 2 ? null : Names[(i + organisation.Code.Length) % Names.Length],
                HolderSince = today.AddDays(-random.Next(200, 2500)),
            }),
        ];

        public List<ImprovementPlan> Plans(Organisation organisation, string title, int firstYear, List<(string Code, string Title, int? PrincipleId)> areas, List<Person> people)
        {
            var plans = new List<ImprovementPlan>();
            var numbers = areas.ToDictionary(a => a.Code, _ => 0);
            ImprovementPlan? previous = null;
            for (var year = 0; year < Years; year++)
            {
                var reportingYear = new ReportingYear(firstYear + year);
                var age = Years - 1 - year;
                var plan = new ImprovementPlan
                {
                    Organisation = organisation,
                    Title = $"{title} {reportingYear}",
                    FirstYear = reportingYear,
                    LastYear = reportingYear,
                    Status = age >= 2 ? PlanStatus.Closed : PlanStatus.Active,
                    PreviousPlan = previous,
                };
                for (var a = 0; a < areas.Count; a++)
                {
                    var (code, areaTitle, principleId) = areas[a];
                    var area = new ImprovementArea
                    {
                        Plan = plan,
                        Code = code,
                        Sequence = a + 1,
                        Title = areaTitle,
                        Tier = a % 3 == 0 ? ImprovementTier.Priority : ImprovementTier.Standard,
                        Aim = $"Improve {areaTitle.ToLowerInvariant()} across {organisation.ShortName}.",
                        PrincipleId = principleId,
                        Leads = [Pick(people)],
                    };
                    if (age > 0)
                    {
                        area.Assessments.Add(new AreaAssessment
                        {
                            Period = $"{reportingYear} year-end report",
                            AsAt = reportingYear.EndDate,
                            Assessment = Pick(["good progress", "progress", "limited progress"]),
                            Narrative = Pick(ProgressTexts),
                        });
                    }

                    plan.Areas.Add(area);
                    var quota = actionCount / totalAreas + (_areaIndex++ < actionCount % totalAreas ? 1 : 0);
                    var previousArea = previous?.Areas.Single(p => p.Code == code);
                    foreach (var carried in previousArea?.Actions.Where(_toCarry.Contains).ToList() ?? [])
                    {
                        if (area.Actions.Count < quota)
                        {
                            var next = carried.CarryForwardInto(area, Team(reportingYear.StartDate));
                            carried.RecalculateRag(organisation.RagRule, today);
                            Shape(next, organisation, reportingYear, age, continuation: true);
                        }
                        else
                        {
                            carried.CloseWithoutAction("Superseded by the next year's plan", Team(reportingYear.StartDate));
                            carried.RecalculateRag(organisation.RagRule, today);
                        }
                    }

                    while (area.Actions.Count < quota)
                    {
                        var number = ++numbers[code];
                        var action = new ImprovementAction
                        {
                            Code = organisation.ActionCodeScheme == ActionCodeScheme.AreaSequence ? $"{code}-{number:00}" : $"{code}{number}",
                            Description = $"{Pick(Verbs)} {Pick(Objects)} {Pick(Outcomes)}.",
                            Source = (ActionSource)random.Next(Enum.GetValues<ActionSource>().Length),
                            SourceReference = random.Next(3) == 0 ? $"Internal audit report {reportingYear.StartYear}/{random.Next(1, 40):00}, recommendation {random.Next(1, 9)}" : null,
                        };
                        if (random.Next(20) == 0)
                        {
                            action.OwnerText = "Business group leads (shared)";
                        }
                        else
                        {
                            action.Owner = Pick(people);
                        }

                        area.Actions.Add(action);
                        Shape(action, organisation, reportingYear, age, continuation: false);
                    }
                }

                plans.Add(plan);
                previous = plan;
            }

            return plans;
        }

        /// <summary>Gives a new (or carried-forward) action its dates, history and status for a plan of the given age in years.</summary>
        private void Shape(ImprovementAction action, Organisation organisation, ReportingYear year, int age, bool continuation)
        {
            var fate = RollFate(age);
            var owner = action.Owner?.DisplayName ?? action.OwnerText ?? "Owner";
            var cursor = Min(year.StartDate.AddDays(random.Next(0, 60)), today);
            if (!continuation)
            {
                var due = year.EndDate.AddDays(-random.Next(0, 330));
                action.ReviseDueDate(due, null, Team(cursor));
            }

            // Slippage: about a third of actions have their date moved one to three times (with the ledger entry).
            if (random.NextDouble() < (fate is Fate.Complete or Fate.Closed ? 0.25 : 0.45))
            {
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    var when = Min(action.DueDate!.Value.AddDays(-random.Next(1, 20)), today);
                    cursor = Max(cursor, when);
                    action.ReviseDueDate(
                        action.DueDate.Value.AddDays(random.Next(21, 150)),
                        Pick(["Dependent on the new case management system", "Resources diverted to operational priorities", "Scope widened after consultation", "Awaiting the outcome of the inspection"]),
                        Team(cursor));
                }
            }

            var updates = fate switch
            {
                Fate.NotStarted => 0,
                Fate.Closed => random.Next(0, 2),
                Fate.InProgress => random.Next(1, 5),
                _ => random.Next(1, 4),
            };
            for (var i = 0; i < updates; i++)
            {
                cursor = Step(cursor, action.DueDate!.Value);
                var atRisk = random.NextDouble() < 0.15;
                var update = action.SubmitUpdate(Pick(ProgressTexts), atRisk ? OwnerAssessment.AtRisk : OwnerAssessment.OnTrack, new Actor(null, owner, At(cursor)));
                var pendingLast = fate == Fate.InProgress && i == updates - 1 && random.NextDouble() < 0.2;
                if (!pendingLast)
                {
                    cursor = Step(cursor, action.DueDate.Value, maxDays: 14);
                    action.AcceptUpdate(update, random.Next(4) == 0 ? "Thank you: please include milestones next time." : null, Team(cursor));
                }
            }

            switch (fate)
            {
                case Fate.Complete or Fate.ReportedComplete:
                    cursor = Step(cursor, action.DueDate!.Value);
                    var report = action.ReportComplete("All milestones delivered and signed off by the business group.", "Management board minutes and the revised policy on the intranet", new Actor(null, owner, At(cursor)));
                    if (fate == Fate.Complete)
                    {
                        action.AcceptUpdate(report, "Evidence checked by the governance team.", Team(Step(cursor, action.DueDate.Value, maxDays: 21)));
                    }

                    break;
                case Fate.CarryForward:
                    _toCarry.Add(action);
                    break;
                case Fate.Closed:
                    action.CloseWithoutAction("Superseded by the force-wide transformation programme", Team(Step(cursor, action.DueDate!.Value)));
                    break;
                default:
                    break;
            }

            if (action.IsOpen && action.PendingUpdate is null && random.Next(40) == 0)
            {
                action.OverrideRag(Pick([RagStatus.Amber, RagStatus.Red]), "The Audit Panel asked for closer monitoring until the review reports.", Team(Min(cursor, today)));
            }

            action.RecalculateRag(organisation.RagRule, today);
        }

        private Fate RollFate(int age)
        {
            var r = random.NextDouble();
            return age switch
            {
                >= 2 => r < 0.80 ? Fate.Complete : r < 0.86 ? Fate.Closed : Fate.CarryForward,
                1 => r < 0.55 ? Fate.Complete : r < 0.60 ? Fate.Closed : r < 0.72 ? Fate.CarryForward : OpenFate(),
                _ => r < 0.22 ? Fate.Complete : r < 0.25 ? Fate.Closed : OpenFate(),
            };
        }

        private Fate OpenFate()
        {
            var r = random.NextDouble();
            return r < 0.2 ? Fate.NotStarted : r < 0.85 ? Fate.InProgress : Fate.ReportedComplete;
        }

        /// <summary>A later day for the next event: a few weeks on, never past today, preferably before the due date.</summary>
        private DateOnly Step(DateOnly cursor, DateOnly due, int maxDays = 75)
        {
            var next = cursor.AddDays(random.Next(7, maxDays));
            if (next > due && random.Next(3) > 0)
            {
                next = Max(cursor.AddDays(1), due);
            }

            return Min(next, today);
        }

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private static Actor Team(DateOnly day) => new(null, TeamName, At(day));

        private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(10, 30), DateTimeKind.Utc);

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    }
}

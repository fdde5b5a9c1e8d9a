using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.People;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Domain.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovernancePortal.Infrastructure.Seed;

/// <summary>
/// Loads the demo governance data transcribed from the four source Audit Panel papers: the Met's principles, 14
/// governance areas and their 2016/17 Code and AGS text; the Met's 2017/18 improvement areas and 2018/21 improvement
/// plan; MOPAC's principles, Code of Governance sections 4.1–4.7 and its 2018/19 Governance Improvement Plan; and, through
/// <see cref="PaperSeeder"/>, the papers themselves with their templates, the Met's glossary, MOPAC's 2018/19 AGS review
/// and audit opinion; and, through <see cref="PanelSeeder"/>, the Audit Panel's meetings, the papers published to them and
/// the recommendations register.
/// Runs only into a database that has no framework data yet.
/// </summary>
public sealed class DemoDataSeeder(GovernancePortalDbContext db, TimeProvider time, ILogger<DemoDataSeeder> logger, IEnumerable<IPaperSnapshots> snapshots, IEnumerable<IPanelPublisher> publishers)
{
    public Task<bool> HasFrameworkDataAsync(CancellationToken cancellationToken = default) =>
        db.Principles.AnyAsync(cancellationToken);

    /// <summary>Seeds the demo data; returns false (and changes nothing) when framework data already exists.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await HasFrameworkDataAsync(cancellationToken))
        {
            return false;
        }

        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Code, cancellationToken);
        if (!organisations.TryGetValue(OrganisationCodes.Met, out var met) || !organisations.TryGetValue(OrganisationCodes.Mopac, out var mopac))
        {
            throw new InvalidOperationException("The organisations are missing: run the migrations (govportal migrate) before seeding.");
        }

        var today = time.Today();
        var people = new PeopleDirectory(db);

        var metFramework = SeedFiles.Read<FrameworkSeed>(SeedFiles.MetFramework);
        var metPrinciples = AddPrinciples(met, metFramework.Principles);
        AddMetAreas(met, metFramework, metPrinciples, people);
        AddFrameworkYear(met, metFramework);
        var legacyPlan = AddLegacyPlan(met, metFramework, people);
        AddMetPlan(met, SeedFiles.Read<MetPlanSeed>(SeedFiles.MetPlan), legacyPlan, people, today);

        var mopacFramework = SeedFiles.Read<FrameworkSeed>(SeedFiles.MopacFramework);
        var mopacPrinciples = AddPrinciples(mopac, mopacFramework.Principles);
        AddMopacSections(mopac, mopacFramework, mopacPrinciples);
        AddFrameworkYear(mopac, mopacFramework);
        AddMopacPlan(mopac, SeedFiles.Read<MopacPlanSeed>(SeedFiles.MopacPlan), mopacPrinciples, people, today);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await new SurveySeeder(db).SeedAsync(cancellationToken);
        await new PaperSeeder(db, snapshots.FirstOrDefault()).SeedAsync(cancellationToken);
        await new PanelSeeder(db, publishers.FirstOrDefault(), time).SeedAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded the demo governance data from the source Audit Panel papers.");
        return true;
    }

    private Dictionary<string, Principle> AddPrinciples(Organisation organisation, List<PrincipleSeed> seeds)
    {
        var principles = new Dictionary<string, Principle>(StringComparer.Ordinal);
        foreach (var seed in seeds)
        {
            var principle = new Principle
            {
                Organisation = organisation,
                Code = seed.Code,
                Title = seed.Title,
                // MOPAC's principles are listed in the order of its AGS review (C–G, then A and B), as the source presents
                // them; the Met's follow its 14-area table (Seed/Data/README.md).
                SortOrder = seed.AgsReview?.SortOrder ?? seed.SortOrder,
                SubPrinciples = [.. (seed.SubPrinciples ?? []).Select((title, i) => new SubPrinciple { Title = title, SortOrder = i + 1 })],
            };
            db.Principles.Add(principle);
            principles[seed.Code] = principle;
        }

        return principles;
    }

    private void AddMetAreas(Organisation met, FrameworkSeed framework, Dictionary<string, Principle> principles, PeopleDirectory people)
    {
        var year = ReportingYear.Parse(framework.Year);
        var demoLeads = (framework.ImprovementAreas ?? [])
            .Where(ia => DemoAreaForImprovementArea.ContainsKey(ia.Sequence))
            .ToDictionary(ia => DemoAreaForImprovementArea[ia.Sequence], ia => ia.Leads ?? []);
        foreach (var seed in framework.GovernanceAreas ?? [])
        {
            var leads = seed.SeniorLeads is { Count: > 0 } named ? named : demoLeads.GetValueOrDefault(seed.Number) ?? [];
            var area = new GovernanceArea
            {
                Organisation = met,
                Reference = seed.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                SortOrder = GovernanceArea.SortOrderFor(seed.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Title = seed.Title,
                Description = seed.Description,
                Principle = principles[seed.Principle],
                SeniorLeads = [.. leads.Select(lead => people.Get(met, lead))],
            };

            var order = 0;
            foreach (var control in seed.KeyControls ?? [])
            {
                area.Statements.Add(Statement(year, StatementKind.KeyControls, control.SubTopic, control.Text, ++order));
            }

            foreach (var review in seed.Review ?? [])
            {
                if (!string.IsNullOrWhiteSpace(review.ActivityDuringYear))
                {
                    area.Statements.Add(Statement(year, StatementKind.ActivityDuringYear, review.SubTopic, review.ActivityDuringYear, ++order));
                }

                if (!string.IsNullOrWhiteSpace(review.IntendedActivity))
                {
                    area.Statements.Add(Statement(year, StatementKind.IntendedActivity, review.SubTopic, review.IntendedActivity, ++order));
                }
            }

            db.GovernanceAreas.Add(area);
        }
    }

    /// <summary>
    /// The seeded year is the one the source paper reports on, as approved: published on the date the source gives,
    /// and opened (the source gives no date) on the first day of the reporting year.
    /// </summary>
    private void AddFrameworkYear(Organisation organisation, FrameworkSeed framework)
    {
        var year = ReportingYear.Parse(framework.Year);
        db.FrameworkYears.Add(new FrameworkYear
        {
            Organisation = organisation,
            Year = year,
            Status = FrameworkYearStatus.Published,
            OpenedAtUtc = year.StartDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            PublishedAtUtc = framework.Published.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
        });
    }

    /// <summary>
    /// Seed 000 names no senior lead for the 14 governance areas, only for the eight 2017/18 improvement areas. For the
    /// demo, each governance area takes the leads of the improvement area on the same subject (Seed/Data/README.md).
    /// </summary>
    private static readonly Dictionary<int, int> DemoAreaForImprovementArea = new()
    {
        [1] = 1, [2] = 3, [3] = 4, [4] = 5, [5] = 6, [6] = 9, [7] = 11, [8] = 12,
    };

    /// <summary>The eight focus areas for 2017/18 named in the 2016/17 AGS (no actions or codes in the source).</summary>
    private ImprovementPlan AddLegacyPlan(Organisation met, FrameworkSeed framework, PeopleDirectory people)
    {
        var year = ReportingYear.Parse(framework.Year).Next;
        var plan = new ImprovementPlan
        {
            Organisation = met,
            Title = $"Governance improvement areas {year}",
            FirstYear = year,
            LastYear = year,

            // Succeeded by the 2018/21 plan; the source records no actions to carry forward.
            Status = PlanStatus.Closed,
            Areas = [.. (framework.ImprovementAreas ?? []).Select(seed => new ImprovementArea
            {
                Sequence = seed.Sequence,
                Title = seed.Title,
                Aim = seed.Description,
                Leads = [.. (seed.Leads ?? []).Select(lead => people.Get(met, lead))],
            })],
        };
        db.ImprovementPlans.Add(plan);
        return plan;
    }

    private void AddMetPlan(Organisation met, MetPlanSeed seed, ImprovementPlan previous, PeopleDirectory people, DateOnly today)
    {
        var plan = new ImprovementPlan
        {
            Organisation = met,
            Title = seed.Title,
            FirstYear = ReportingYear.Parse(seed.StartYear),
            LastYear = ReportingYear.Parse(seed.EndYear),
            PreviousPlan = previous,
        };

        var sequence = 0;
        foreach (var areaSeed in seed.ImprovementAreas)
        {
            var leads = (areaSeed.Leads ?? []).Select(lead => people.Get(met, lead)).ToList();
            var area = new ImprovementArea
            {
                Code = areaSeed.Code,
                Sequence = ++sequence,
                Title = areaSeed.Title,
                Tier = string.Equals(areaSeed.Tier, "Priority", StringComparison.OrdinalIgnoreCase) ? ImprovementTier.Priority : ImprovementTier.Standard,
                Aim = areaSeed.Aim,
                MainIssue = areaSeed.MainIssue,
                Monitoring = areaSeed.Monitoring,
                Leads = leads,
                Assessments = [.. (areaSeed.Progress ?? [])
                    .Where(p => !string.IsNullOrWhiteSpace(p.Assessment))
                    .Select(p => new AreaAssessment
                    {
                        Period = p.Period ?? plan.Period,
                        AsAt = MetProgressAsAt,
                        Assessment = p.Assessment!,
                        Narrative = p.Narrative,
                    })],
            };

            foreach (var actionSeed in areaSeed.Actions ?? [])
            {
                // The source lists the actions without owners or dates: the area lead owns them and they are due by
                // the end of the plan (see Seed/Data/README.md).
                var due = actionSeed.DueDate ?? plan.LastYear.EndDate;
                var action = new ImprovementAction
                {
                    Code = actionSeed.Code,
                    Description = actionSeed.Description,
                    Owner = actionSeed.Owner is { } owner ? people.Get(met, owner) : leads.FirstOrDefault(),
                    OriginalDueDate = due,
                    DueDate = due,
                    Status = MapStatus(actionSeed.Status),
                    Source = ActionSource.AnnualGovernanceStatement,
                    Progress = actionSeed.Progress,
                };
                action.RecalculateRag(met.RagRule, today, seenToday: false);
                area.Actions.Add(action);
            }

            plan.Areas.Add(area);
        }

        db.ImprovementPlans.Add(plan);
    }

    private void AddMopacSections(Organisation mopac, FrameworkSeed framework, Dictionary<string, Principle> principles)
    {
        var year = ReportingYear.Parse(framework.Year);
        foreach (var section in framework.CodeSections ?? [])
        {
            var principle = principles[section.Principle];
            var area = new GovernanceArea
            {
                Organisation = mopac,
                Reference = section.Number,
                SortOrder = GovernanceArea.SortOrderFor(section.Number),
                Title = principle.Title,
                Description = section.Aim,
                CommitmentsLeadIn = section.CommitmentsIntro ?? $"To achieve this, {mopac.ShortName}:",
            };
            area.Principle = principle;
            var commitment = 0;
            foreach (var text in section.Commitments ?? [])
            {
                area.Statements.Add(Statement(year, StatementKind.Commitment, null, text, ++commitment));
            }

            db.GovernanceAreas.Add(area);
        }
    }

    private void AddMopacPlan(Organisation mopac, MopacPlanSeed seed, Dictionary<string, Principle> principles, PeopleDirectory people, DateOnly today)
    {
        var year = ReportingYear.Parse(seed.Year);
        var plan = new ImprovementPlan { Organisation = mopac, Title = seed.Title, FirstYear = year, LastYear = year, ReportedSummary = seed.Summary?.Text };
        var areas = new Dictionary<string, ImprovementArea>(StringComparer.Ordinal);
        foreach (var item in seed.Items.OrderBy(i => principles[i.Principle].SortOrder).ThenBy(i => i.Code.Length).ThenBy(i => i.Code, StringComparer.Ordinal))
        {
            if (!areas.TryGetValue(item.Principle, out var area))
            {
                var principle = principles[item.Principle];
                area = new ImprovementArea { Code = principle.Code, Sequence = principle.SortOrder, Title = principle.Title };
                areas[item.Principle] = area;
                plan.Areas.Add(area);
            }

            var description = string.IsNullOrWhiteSpace(item.Title) ? item.Recommendation ?? item.Code : item.Title;
            var state = item.State?.Trim().ToUpperInvariant();
            var action = new ImprovementAction
            {
                Code = item.Code,
                Description = description,
                Owner = string.IsNullOrWhiteSpace(item.Owner) ? null : people.Get(mopac, item.Owner),
                OriginalDueDate = item.CompletionDate,
                DueDate = item.RevisedDate ?? item.CompletionDate,
                Status = MapStatus(item.State),
                Source = ActionSource.AnnualGovernanceStatement,
                SourceReference = item.Recommendation is null ? null : "AGS 2017/18 improvement plan",
                Progress = item.Progress,
                ProgressAsAt = MopacReportDate,
            };

            // The paper reports these as pushed back, explains why where it can, and gives a new date only for G8: one
            // ledger entry each, recorded as reported to the Panel.
            if (state == "REVISED TIMESCALE")
            {
                action.DateRevisions.Add(new DueDateRevision
                {
                    PreviousDueDate = item.CompletionDate,
                    NewDueDate = item.RevisedDate,
                    Reason = item.SlipExplanation ?? "Timescale revised; the paper gives no reason.",
                    ApprovedByText = "Reported to the MPS-MOPAC Joint Audit Panel, 19 June 2019",
                    RecordedByName = "Demo data (seed 002)",
                    RecordedAtUtc = MopacReportDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                });
                action.RevisionCount = 1;
            }

            // Rated from the data: the day a rating started is the day the source's dates say, never the day of loading.
            action.RecalculateRag(mopac.RagRule, today, seenToday: false);
            area.Actions.Add(action);
        }

        db.ImprovementPlans.Add(plan);
    }

    private static AreaStatement Statement(ReportingYear year, StatementKind kind, string? subTopic, string text, int order) => new()
    {
        Year = year,
        Kind = kind,
        SubTopic = string.IsNullOrWhiteSpace(subTopic) ? null : subTopic.Trim(),
        Text = text,
        SortOrder = order,
    };

    /// <summary>The Met plan's progress assessments were reported to the Joint Audit Panel on 8 January 2020 (seed 001).</summary>
    private static readonly DateOnly MetProgressAsAt = new(2020, 1, 8);

    /// <summary>MOPAC's plan update went to the Joint Audit Panel on 19 June 2019 (seed 002).</summary>
    private static readonly DateOnly MopacReportDate = new(2019, 6, 19);

    private static ActionStatus MapStatus(string? status) => status?.Trim().ToUpperInvariant() switch
    {
        "COMPLETE" or "COMPLETED" => ActionStatus.VerifiedComplete,
        "NOT STARTED" or "NEW" => ActionStatus.NotStarted,
        _ => ActionStatus.InProgress,
    };

    /// <summary>One person per post and organisation: the same lead named in several places is one record.</summary>
    private sealed class PeopleDirectory(GovernancePortalDbContext db)
    {
        private readonly Dictionary<(string, string), Person> _people = [];

        public Person Get(Organisation organisation, string jobTitle)
        {
            var title = jobTitle.Trim();
            if (!_people.TryGetValue((organisation.Code, title.ToUpperInvariant()), out var person))
            {
                person = new Person { Organisation = organisation, JobTitle = title };
                _people[(organisation.Code, title.ToUpperInvariant())] = person;
                db.People.Add(person);
            }

            return person;
        }
    }
}

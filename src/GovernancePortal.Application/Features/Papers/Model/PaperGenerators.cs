using System.Globalization;
using GovernancePortal.Application.Features.Improvement.Overview;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.Text;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers.Model;

/// <summary>
/// What each <see cref="SectionContent"/> generates for one paper, from the live data of its organisation and year. Each
/// kind of data is loaded at most once per paper (the first section that needs it), with the rules of the features that
/// own it: overdue and revised from <see cref="ActionRules"/>, counts from <see cref="ProgressCounts"/>, ratings and the
/// response rate as the survey analysis computes them.
/// </summary>
internal sealed partial class PaperGenerators(GovernancePortalDbContext db, Paper paper, TimeProvider time)
{
    private const string MetStyleControlsHeading = "Key controls to manage this activity";

    private Organisation? organisation;
    private FrameworkData? framework;
    private IReadOnlyList<ImprovementPlan>? plans;
    private readonly Dictionary<int, ImprovementPlan> details = [];
    private IReadOnlyDictionary<int, (string Code, string Period)>? carriedTo;
    private SurveyData? survey;
    private bool surveyLoaded;

    private ReportingYear Year => paper.Year;

    /// <summary>"As at" for a progress report: the meeting date, else today in London.</summary>
    private DateOnly AsAt => paper.MeetingDate ?? time.Today();

    public async Task<IReadOnlyList<DocBlock>> GenerateAsync(PaperSection section, CancellationToken cancellationToken) => section.Content switch
    {
        SectionContent.Text => [],
        SectionContent.GovernanceFramework => GovernanceFramework(await FrameworkAsync(cancellationToken)),
        SectionContent.KeyControls => KeyControls(await FrameworkAsync(cancellationToken)),
        SectionContent.AreaReview => AreaReview(await FrameworkAsync(cancellationToken)),
        SectionContent.PrincipleReview => PrincipleReview(await FrameworkAsync(cancellationToken)),
        SectionContent.ImprovementTable => ImprovementTable(await FrameworkAsync(cancellationToken), await OrganisationAsync(cancellationToken)),
        SectionContent.GovernanceIssues => GovernanceIssues(await CoveringAsync(PaperData.Following(Year), cancellationToken)),
        SectionContent.LastYearIssues => await LastYearIssuesAsync(cancellationToken),
        SectionContent.SurveyResults => SurveyResults(await SurveyAsync(cancellationToken)),
        SectionContent.AuditOpinion => await AuditOpinionAsync(cancellationToken),
        SectionContent.Declaration => Declaration(),
        SectionContent.DocumentControl => DocumentControl(),
        SectionContent.Glossary => await GlossaryAsync(cancellationToken),
        SectionContent.Appendices => await AppendicesAsync(cancellationToken),
        SectionContent.ProgressSummary => ProgressSummary(await ProgressPlanAsync(cancellationToken), await OrganisationAsync(cancellationToken)),
        SectionContent.ProgressRag => ProgressRag(await ProgressPlanAsync(cancellationToken), await OrganisationAsync(cancellationToken)),
        SectionContent.SlippedActions => SlippedActions(await ProgressPlanAsync(cancellationToken)),
        SectionContent.CompletedActions => CompletedActions(await ProgressPlanAsync(cancellationToken)),
        SectionContent.PanelActions => await PanelActionsAsync(cancellationToken),
        SectionContent.RecommendationSummary => await RecommendationSummaryAsync(cancellationToken),
        _ => [new DocNote($"{section.Heading}: this kind of content is not generated.")],
    };

    // ---- Framework -------------------------------------------------------------------------------------------------

    private static IReadOnlyList<DocBlock> GovernanceFramework(FrameworkData data)
    {
        var rows = data.Principles
            .Select(p => (IReadOnlyList<DocCell>)
            [
                DocCell.Of(p.Title),
                new DocCell(data.AreasOf(p).Any()
                    ? [new DocList(false, 1, [.. data.AreasOf(p).Select(a => Item(IsMopacStyle(a) ? $"{a.Reference} {a.Title}" : $"{a.Reference}. {a.Description}"))])]
                    : [DocParagraph.Of("No governance areas")]),
            ])
            .ToList();
        if (rows.Count == 0)
        {
            return [new DocNote("No principles have been set up.")];
        }

        return [new DocTable("The governance areas under each principle", [new DocColumn("Principle", 2), new DocColumn("Governance areas", 5)], rows)];
    }

    private IReadOnlyList<DocBlock> KeyControls(FrameworkData data)
    {
        var blocks = new List<DocBlock>();
        foreach (var area in data.Areas)
        {
            if (IsMopacStyle(area))
            {
                blocks.Add(new DocHeading($"{area.Reference} {area.Title}", 3));
                blocks.AddRange(PaperComposer.TextBlocks(area.Description));
                blocks.AddRange(PaperComposer.TextBlocks(area.CommitmentsLeadIn));
                var commitments = data.Of(area, StatementKind.Commitment).ToList();
                blocks.Add(commitments.Count == 0
                    ? new DocNote($"No commitments have been entered for {Year}.")
                    : new DocList(false, 1, [.. commitments.Select(c => Flatten(c.Text))]));
                continue;
            }

            blocks.Add(new DocHeading(MetStyleTitle(area), 3));
            blocks.Add(new DocHeading(MetStyleControlsHeading, 4));
            var controls = data.Of(area, StatementKind.KeyControls).ToList();
            if (controls.Count == 0)
            {
                blocks.Add(new DocNote($"No key controls have been entered for {Year}."));
            }

            foreach (var control in controls)
            {
                if (!string.IsNullOrWhiteSpace(control.SubTopic))
                {
                    blocks.Add(new DocHeading(control.SubTopic.Trim(), 4));
                }

                blocks.AddRange(PaperComposer.TextBlocks(control.Text));
            }
        }

        return blocks.Count == 0 ? [new DocNote("No governance areas have been set up.")] : blocks;
    }

    private IReadOnlyList<DocBlock> AreaReview(FrameworkData data)
    {
        var blocks = new List<DocBlock>();
        foreach (var area in data.Areas)
        {
            var statements = data.Of(area, StatementKind.ActivityDuringYear, StatementKind.IntendedActivity).ToList();
            if (statements.Count == 0)
            {
                continue;
            }

            blocks.Add(new DocHeading(MetStyleTitle(area), 3));
            var groups = statements.GroupBy(s => s.SubTopic?.Trim() ?? string.Empty, StringComparer.OrdinalIgnoreCase)
                .OrderBy(g => g.Min(s => s.SortOrder)).ThenBy(g => g.Min(s => s.Id));
            foreach (var group in groups)
            {
                if (group.Key.Length > 0)
                {
                    blocks.Add(new DocHeading(group.Key, 4));
                }

                AddStatements(blocks, $"Activity during {Year}", group.Where(s => s.Kind == StatementKind.ActivityDuringYear));
                AddStatements(blocks, "Intended activity over the next year", group.Where(s => s.Kind == StatementKind.IntendedActivity));
            }
        }

        return blocks.Count == 0 ? [new DocNote($"No review of the governance areas has been entered for {Year}.")] : blocks;
    }

    private IReadOnlyList<DocBlock> PrincipleReview(FrameworkData data)
    {
        var blocks = new List<DocBlock>();
        foreach (var principle in data.Principles)
        {
            var areas = data.AreasOf(principle).ToList();
            var statements = areas.SelectMany(a => data.Of(a, StatementKind.WorkingWell, StatementKind.ResponseToLastYear, StatementKind.CouldBeImproved)).ToList();
            if (statements.Count == 0)
            {
                continue;
            }

            blocks.Add(new DocHeading(principle.Title, 3));
            AddStatements(blocks, "What is working well?", statements.Where(s => s.Kind == StatementKind.WorkingWell));
            var response = statements.Where(s => s.Kind == StatementKind.ResponseToLastYear).ToList();
            AddStatements(blocks, response.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s.SubTopic))?.SubTopic?.Trim() ?? "How did we respond to last year's recommendations?", response);
            AddStatements(blocks, "What could be improved?", statements.Where(s => s.Kind == StatementKind.CouldBeImproved));
        }

        return blocks.Count == 0 ? [new DocNote($"No review of the principles has been entered for {Year}.")] : blocks;
    }

    private IReadOnlyList<DocBlock> ImprovementTable(FrameworkData data, Organisation owner)
    {
        var rows = new List<IReadOnlyList<DocCell>>();
        foreach (var principle in data.Principles)
        {
            var improve = data.AreasOf(principle).SelectMany(a => data.Of(a, StatementKind.CouldBeImproved)).ToList();
            if (improve.Count > 0)
            {
                rows.Add([DocCell.Of(principle.Title), new DocCell([.. improve.SelectMany(s => PaperComposer.TextBlocks(s.Text))])]);
            }
        }

        return rows.Count == 0
            ? [new DocNote($"No improvements have been identified for {PaperData.Following(Year)}.")]
            : [new DocTable($"Key improvement areas for {PaperData.Following(Year)}", [new DocColumn("Principle", 2), new DocColumn(string.IsNullOrWhiteSpace(owner.ShortName) ? owner.Code : owner.ShortName, 5)], rows)];
    }

    private static void AddStatements(List<DocBlock> blocks, string heading, IEnumerable<AreaStatement> statements)
    {
        var list = statements.ToList();
        if (list.Count == 0)
        {
            return;
        }

        blocks.Add(new DocHeading(heading, 4));
        foreach (var statement in list)
        {
            blocks.AddRange(PaperComposer.TextBlocks(statement.Text));
        }
    }

    /// <summary>MOPAC's areas introduce their commitments; the Met's list key controls under the area's description.</summary>
    private static bool IsMopacStyle(GovernanceArea area) => !string.IsNullOrWhiteSpace(area.CommitmentsLeadIn);

    private static string MetStyleTitle(GovernanceArea area) => $"{area.Reference}. {(string.IsNullOrWhiteSpace(area.Description) ? area.Title : area.Description)}";

    /// <summary>A statement as one list item: its paragraphs run together, its lists kept as nested lists.</summary>
    private static DocListItem Flatten(string text)
    {
        var runs = new List<TextRun>();
        var children = new List<DocList>();
        foreach (var block in PaperComposer.TextBlocks(text))
        {
            switch (block)
            {
                case DocParagraph p:
                    AddRuns(runs, p.Runs);
                    break;
                case DocHeading h:
                    AddRuns(runs, [new TextRun(h.Text, Strong: true)]);
                    break;
                case DocList l:
                    children.Add(l);
                    break;
            }
        }

        return new DocListItem(runs, children);
    }

    private static void AddRuns(List<TextRun> runs, IReadOnlyList<TextRun> more)
    {
        if (runs.Count > 0 && more.Count > 0)
        {
            runs.Add(new TextRun(" "));
        }

        runs.AddRange(more);
    }

    private static DocListItem Item(string text) => new([new TextRun(text)], []);

    // ---- Improvement plans -----------------------------------------------------------------------------------------

    private IReadOnlyList<DocBlock> GovernanceIssues(ImprovementPlan? plan)
    {
        if (plan is null)
        {
            return [new DocNote($"No improvement plan covers {PaperData.Following(Year)}.")];
        }

        var blocks = new List<DocBlock>();
        foreach (var area in plan.Areas.OrderBy(a => a.Sequence).ThenBy(a => a.Id))
        {
            var title = string.Create(CultureInfo.InvariantCulture, $"{area.Sequence}. {area.Title}");
            blocks.Add(new DocHeading(title, 3));
            blocks.Add(DocParagraph.Of($"Lead: {Leads(area)}"));
            var actions = area.Actions.Where(a => a.Status != ActionStatus.CarriedForward).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
            if (actions.Count > 0)
            {
                blocks.Add(new DocTable(
                    $"Actions for {title}",
                    [new DocColumn("Action", 1), new DocColumn("Description", 5), new DocColumn("Owner", 2), new DocColumn("Due", 1.5f)],
                    [.. actions.Select(a => (IReadOnlyList<DocCell>)[DocCell.Of(a.Code), DocCell.Of(a.Description), DocCell.Of(Owner(a)), DocCell.Of(a.DueDate is { } due ? PaperComposer.Date(due) : "No due date")])]));
            }
        }

        return blocks.Count == 0 ? [new DocNote($"{plan.Title} has no improvement areas yet.")] : blocks;
    }

    private async Task<IReadOnlyList<DocBlock>> LastYearIssuesAsync(CancellationToken cancellationToken)
    {
        var plan = await CoveringAsync(Year, cancellationToken);
        if (plan is null)
        {
            return [new DocNote($"No improvement plan covers {Year}.")];
        }

        carriedTo ??= await PaperData.CarriedToAsync(db, details.Values, cancellationToken);
        var actions = plan.Areas.OrderBy(a => a.Sequence).ThenBy(a => a.Id)
            .SelectMany(a => a.Actions.OrderBy(x => x.Code, StringComparer.Ordinal))
            .ToList();
        if (actions.Count == 0)
        {
            return [new DocNote($"{plan.Title} has no actions.")];
        }

        return
        [
            new DocTable(
                "How last year's governance issues were resolved",
                [new DocColumn("Action", 1), new DocColumn("Description", 5), new DocColumn("Outcome", 3)],
                [.. actions.Select(a => (IReadOnlyList<DocCell>)[DocCell.Of(a.Code), DocCell.Of(a.Description), DocCell.Of(Outcome(a))])]),
        ];
    }

    /// <summary>How an action of last year's plan ended (or stands), from its status and where it was carried forward.</summary>
    private string Outcome(ImprovementAction action) => action.Status switch
    {
        ActionStatus.VerifiedComplete => action.CompletedOn is { } on ? $"Completed on {PaperComposer.Date(on)}" : "Completed",
        ActionStatus.ClosedWithoutAction => "Withdrawn" + (action.CompletedOn is { } on ? $" on {PaperComposer.Date(on)}" : string.Empty) + (string.IsNullOrWhiteSpace(action.ClosureNote) ? string.Empty : $": {action.ClosureNote.Trim()}"),
        ActionStatus.CarriedForward => carriedTo is not null && carriedTo.TryGetValue(action.Id, out var to)
            ? $"Carried forward into the {to.Period} plan as {to.Code}"
            : "Carried forward into the next plan",
        ActionStatus.ReportedComplete => "Reported complete, awaiting verification",
        _ => action.DueDate is { } due ? $"Open, due {PaperComposer.Date(due)}" : "Open, no due date",
    };

    private IReadOnlyList<DocBlock> ProgressSummary(ImprovementPlan? plan, Organisation owner)
    {
        if (plan is null)
        {
            return [NoProgressPlan()];
        }

        var counts = Counts(plan.Areas.SelectMany(a => a.Actions), owner.RagRule);
        var asAt = PaperComposer.Date(AsAt);
        string Row(int n) => n.ToString(CultureInfo.InvariantCulture);
        IReadOnlyList<DocCell> Line(string label, int n, bool percent = true) =>
            [DocCell.Of(label), DocCell.Of(Row(n)), DocCell.Of(percent ? ProgressCounts.Percent(n, counts.Total) : string.Empty)];
        List<IReadOnlyList<DocCell>> rows =
        [
            Line("Total actions", counts.Total, percent: false),
            Line("Complete", counts.Complete),
            Line("On track", counts.OnTrack),
            Line("Revised timescale", counts.Revised),
            Line("Overdue", counts.Overdue),
            [DocCell.Of("Red"), RagCell(counts.Red, RagStatus.Red), DocCell.Of(string.Empty)],
            [DocCell.Of("Amber"), RagCell(counts.Amber, RagStatus.Amber), DocCell.Of(string.Empty)],
            [DocCell.Of("Green"), RagCell(counts.Green, RagStatus.Green), DocCell.Of(string.Empty)],
        ];
        if (counts.NotRated > 0)
        {
            rows.Add(Line("Open, not rated (no due date)", counts.NotRated, percent: false));
        }

        if (counts.CarriedForward > 0)
        {
            rows.Add(Line("Carried forward into the next plan", counts.CarriedForward, percent: false));
        }

        return
        [
            DocParagraph.Of($"{plan.Title} as at {asAt}. {counts.Sentence}"),
            new DocTable($"Progress of {plan.Title} as at {asAt}", [new DocColumn("Measure", 3), new DocColumn("Actions", 1), new DocColumn("Per cent", 1)], rows, FirstColumnIsHeader: true),
        ];
    }

    private IReadOnlyList<DocBlock> ProgressRag(ImprovementPlan? plan, Organisation owner)
    {
        if (plan is null)
        {
            return [NoProgressPlan()];
        }

        var rows = new List<IReadOnlyList<DocCell>>();
        foreach (var area in plan.Areas.OrderBy(a => a.Sequence).ThenBy(a => a.Id))
        {
            var counts = Counts(area.Actions, owner.RagRule);
            var latest = area.Assessments.OrderByDescending(s => s.AsAt).ThenByDescending(s => s.Id).FirstOrDefault();
            rows.Add(
            [
                DocCell.Of($"{area.DisplayCode} {area.Title}"),
                DocCell.Of(Leads(area)),
                RagCell(counts.Red, RagStatus.Red),
                RagCell(counts.Amber, RagStatus.Amber),
                RagCell(counts.Green, RagStatus.Green),
                DocCell.Of(counts.Complete.ToString(CultureInfo.InvariantCulture)),
                DocCell.Of(latest is null ? "Not assessed" : latest.AsAt is { } on ? $"{Capitalised(latest.Assessment)}, {PaperComposer.Date(on)}" : $"{Capitalised(latest.Assessment)} ({latest.Period})"),
            ]);
        }

        if (rows.Count == 0)
        {
            return [new DocNote($"{plan.Title} has no improvement areas yet.")];
        }

        return
        [
            new DocTable(
                $"RAG status of each area as at {PaperComposer.Date(AsAt)}",
                [new DocColumn("Area", 3), new DocColumn("Lead", 2.9f), new DocColumn("Red", 1f), new DocColumn("Amber", 1.3f), new DocColumn("Green", 1.3f), new DocColumn("Complete", 1.8f), new DocColumn("Latest assessment", 2.6f)],
                rows),
            DocParagraph.Of($"How RAG is rated: {owner.RagRule.Description}"),
        ];
    }

    private IReadOnlyList<DocBlock> SlippedActions(ImprovementPlan? plan)
    {
        if (plan is null)
        {
            return [NoProgressPlan()];
        }

        var slipped = Actions(plan).Where(a => a.Status != ActionStatus.CarriedForward && (a.DateRevisions.Count > 0 || a.HasSlipped)).ToList();
        if (slipped.Count == 0)
        {
            return [new DocNote($"No action of {plan.Title} has had its due date revised.")];
        }

        return
        [
            new DocTable(
                "Actions whose due date was revised",
                [new DocColumn("Action", 1), new DocColumn("Description", 4), new DocColumn("Original due", 1.5f), new DocColumn("Revised due", 1.5f), new DocColumn("Reason", 4)],
                [.. slipped.Select(a => (IReadOnlyList<DocCell>)
                [
                    DocCell.Of(a.Code),
                    DocCell.Of(a.Description),
                    DocCell.Of(a.OriginalDueDate is { } from ? PaperComposer.Date(from) : "None"),
                    DocCell.Of(a.DueDate is { } to ? PaperComposer.Date(to) : "None"),
                    new DocCell(Reasons(a)),
                ])]),
        ];
    }

    /// <summary>The reasons from the due-date ledger, oldest first; with more than one revision each says which move it explains.</summary>
    private static IReadOnlyList<DocBlock> Reasons(ImprovementAction action)
    {
        var revisions = action.DateRevisions.OrderBy(r => r.RecordedAtUtc).ThenBy(r => r.Id).ToList();
        if (revisions.Count == 0)
        {
            return [DocParagraph.Of("No reason recorded")];
        }

        if (revisions.Count == 1)
        {
            return [DocParagraph.Of(revisions[0].Reason)];
        }

        return [.. revisions.Select(r => DocParagraph.Of($"{(r.PreviousDueDate is { } p ? PaperComposer.Date(p) : "None")} to {(r.NewDueDate is { } n ? PaperComposer.Date(n) : "None")}: {r.Reason}"))];
    }

    private IReadOnlyList<DocBlock> CompletedActions(ImprovementPlan? plan)
    {
        if (plan is null)
        {
            return [NoProgressPlan()];
        }

        var asAt = AsAt;
        var since = paper.PreviousReportOn;
        var completed = Actions(plan)
            .Where(a => a.Status == ActionStatus.VerifiedComplete && a.CompletedOn is { } on && on <= asAt && (since is null || on > since))
            .OrderBy(a => a.CompletedOn).ThenBy(a => a.Code, StringComparer.Ordinal)
            .ToList();
        var period = since is { } s ? $"between {PaperComposer.Date(s)} and {PaperComposer.Date(asAt)}" : $"by {PaperComposer.Date(asAt)}";
        if (completed.Count == 0)
        {
            return [new DocNote($"No action of {plan.Title} was completed {period}.")];
        }

        return
        [
            new DocTable(
                $"Actions completed {period}",
                [new DocColumn("Action", 1), new DocColumn("Description", 5), new DocColumn("Completed on", 2)],
                [.. completed.Select(a => (IReadOnlyList<DocCell>)[DocCell.Of(a.Code), DocCell.Of(a.Description), DocCell.Of(PaperComposer.Date(a.CompletedOn!.Value))])]),
        ];
    }

    private DocNote NoProgressPlan() => new(paper.ImprovementPlanId is null
        ? "Choose the improvement plan this report is on."
        : "The improvement plan this report is on no longer exists.");

    /// <summary>
    /// The plan's actions counted as at the report date, with the same rules as the improvement overview; an open action's
    /// RAG is the organisation's rule applied on that date (or its manual override), so a report of a past meeting shows
    /// the ratings of that day, not today's.
    /// </summary>
    private ProgressCounts Counts(IEnumerable<ImprovementAction> actions, RagRule rule)
    {
        var asAt = AsAt;
        return actions.Aggregate(ProgressCounts.Empty, (sum, a) => sum + ProgressCounts.Of(
            a.Status, ActionRules.Revised(a), ActionRules.Overdue(a, asAt), a.IsOpen ? a.RagOverride ?? rule.Evaluate(a, asAt) : a.Rag));
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A count of actions at a RAG rating: coloured (and named) only when there are some, so a zero never alarms.</summary>
    private static DocCell RagCell(int count, RagStatus rag) => new([DocParagraph.Of(count.ToString(CultureInfo.InvariantCulture))], count > 0 ? rag : null);

    private static IEnumerable<ImprovementAction> Actions(ImprovementPlan plan) =>
        plan.Areas.OrderBy(a => a.Sequence).ThenBy(a => a.Id).SelectMany(a => a.Actions.OrderBy(x => x.Code, StringComparer.Ordinal));

    private static string Leads(ImprovementArea area) =>
        area.Leads.Count == 0 ? "Not assigned" : string.Join(" / ", area.Leads.OrderBy(l => l.Id).Select(l => l.DisplayName));

    private static string Owner(ImprovementAction action) => action.Owner?.DisplayName ?? action.OwnerText ?? "Not assigned";

    // ---- Survey, audit opinion, furniture --------------------------------------------------------------------------

    private IReadOnlyList<DocBlock> SurveyResults(SurveyData? data)
    {
        if (data is null)
        {
            return [new DocNote($"No SIC survey data for {Year}.")];
        }

        var scale = data.Survey.Scale;
        var blocks = new List<DocBlock> { DocParagraph.Of($"{data.Survey.Title}: {data.Rate}.") };
        if (data.Areas.Count == 0)
        {
            blocks.Add(new DocNote("The survey asked for no ratings."));
            return blocks;
        }

        blocks.Add(new DocTable(
            $"Ratings of each area in the {Year} survey (the middle rating of the returns)",
            [new DocColumn("Area", 4), new DocColumn("Rating", 2), .. scale.Select(word => new DocColumn(word, 1))],
            [.. data.Areas.Select(a => (IReadOnlyList<DocCell>)
            [
                DocCell.Of(a.Section.GovernanceArea is { } area ? $"{area.Reference} {a.Section.Title}" : a.Section.Title),
                DocCell.Of(a.Word),
                .. a.Summary.Distribution.Select(n => DocCell.Of(n.ToString(CultureInfo.InvariantCulture))),
            ])]));
        return blocks;
    }

    private async Task<IReadOnlyList<DocBlock>> AuditOpinionAsync(CancellationToken cancellationToken)
    {
        var opinion = await db.AuditOpinions.AsNoTracking().Include(o => o.Recommendations)
            .SingleOrDefaultAsync(o => o.OrganisationId == paper.OrganisationId && o.Year == Year, cancellationToken);
        if (opinion is null)
        {
            return [new DocNote($"No internal audit opinion has been entered for {Year}.")];
        }

        var blocks = new List<DocBlock>
        {
            DocParagraph.Of($"{opinion.GivenBy}'s opinion{(opinion.GivenOn is { } on ? $" on {PaperComposer.Date(on)}" : string.Empty)}:"),
            new DocParagraph([new TextRun($"“{opinion.Opinion.Trim()}”", Emphasis: true)]),
        };
        blocks.AddRange(PaperComposer.TextBlocks(opinion.Basis));
        var recommendations = opinion.OrderedRecommendations;
        if (recommendations.Count > 0)
        {
            blocks.Add(new DocTable(
                "Recommendations",
                [new DocColumn("No.", 1), new DocColumn("Recommendation", 5), new DocColumn("Priority", 1.5f), new DocColumn("Management response", 5)],
                [.. recommendations.Select(r => (IReadOnlyList<DocCell>)
                [
                    DocCell.Of(r.Number),
                    new DocCell(PaperComposer.TextBlocks(r.Text)),
                    DocCell.Of(r.Priority.ToString()),
                    r.ManagementResponse is null ? DocCell.Of("None recorded") : new DocCell(PaperComposer.TextBlocks(r.ManagementResponse)),
                ])]));
        }

        return blocks;
    }

    private IReadOnlyList<DocBlock> Declaration()
    {
        var signatories = paper.OrderedSignatories;
        return signatories.Count == 0
            ? [new DocNote("No signatories have been named.")]
            : [new DocSignatures([.. signatories.Select(s => new DocSignature(s.Name, s.Role, s.SignedOn))])];
    }

    private IReadOnlyList<DocBlock> DocumentControl()
    {
        var entries = paper.ControlEntries.OrderBy(e => e.SortOrder).ThenBy(e => e.Id).ToList();
        return entries.Count == 0
            ? [new DocNote("The document control table is empty.")]
            : [new DocTable("Document control", [new DocColumn("Item", 2), new DocColumn("Detail", 5)], [.. entries.Select(e => (IReadOnlyList<DocCell>)[DocCell.Of(e.Label), DocCell.Of(e.Value)])], FirstColumnIsHeader: true, ShowColumnHeaders: false)];
    }

    private async Task<IReadOnlyList<DocBlock>> GlossaryAsync(CancellationToken cancellationToken)
    {
        var entries = (await db.GlossaryEntries.AsNoTracking().Where(g => g.OrganisationId == paper.OrganisationId)
                .Select(g => new { g.Acronym, g.Definition }).ToListAsync(cancellationToken))
            .OrderBy(g => g.Acronym, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Acronym, StringComparer.Ordinal)
            .ToList();
        return entries.Count == 0
            ? [new DocNote("The glossary is empty.")]
            : [new DocTable("Glossary of terms", [new DocColumn("Acronym", 1), new DocColumn("Definition", 4)], [.. entries.Select(e => (IReadOnlyList<DocCell>)[DocCell.Of(e.Acronym), DocCell.Of(e.Definition)])], FirstColumnIsHeader: true)];
    }

    private async Task<IReadOnlyList<DocBlock>> AppendicesAsync(CancellationToken cancellationToken)
    {
        var appendices = paper.Appendices.OrderBy(a => a.SortOrder).ThenBy(a => a.Id).ToList();
        if (appendices.Count == 0)
        {
            return [new DocNote("No papers are appended.")];
        }

        var missing = appendices.Where(a => a.AppendedPaper is null).Select(a => a.AppendedPaperId).ToList();
        var titles = missing.Count == 0
            ? new Dictionary<int, string>()
            : await db.Papers.AsNoTracking().Where(p => missing.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        return [new DocList(false, 1, [.. appendices.Select(a => Item($"{a.Label} – {a.AppendedPaper?.Title ?? titles.GetValueOrDefault(a.AppendedPaperId, "(paper not found)")}"))])];
    }

    // ---- Loading (once per paper) ----------------------------------------------------------------------------------

    private async Task<Organisation> OrganisationAsync(CancellationToken cancellationToken) =>
        organisation ??= paper.Organisation ?? await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == paper.OrganisationId, cancellationToken);

    private async Task<FrameworkData> FrameworkAsync(CancellationToken cancellationToken) =>
        framework ??= await PaperData.FrameworkAsync(db, paper.OrganisationId, Year, cancellationToken);

    private async Task<SurveyData?> SurveyAsync(CancellationToken cancellationToken)
    {
        if (!surveyLoaded)
        {
            survey = await PaperData.SurveyAsync(db, paper.OrganisationId, Year, cancellationToken);
            surveyLoaded = true;
        }

        return survey;
    }

    private async Task<ImprovementPlan?> CoveringAsync(ReportingYear year, CancellationToken cancellationToken)
    {
        plans ??= await PaperData.PlansAsync(db, paper.OrganisationId, cancellationToken);
        var plan = PaperData.Covering(plans, year);
        return plan is null ? null : await DetailAsync(plan.Id, cancellationToken);
    }

    private async Task<ImprovementPlan?> ProgressPlanAsync(CancellationToken cancellationToken) =>
        paper.ImprovementPlanId is { } id ? await DetailAsync(id, cancellationToken) : null;

    /// <summary>The plans the paper reports, loaded together the first time any of them is needed.</summary>
    private async Task<ImprovementPlan?> DetailAsync(int planId, CancellationToken cancellationToken)
    {
        if (!details.ContainsKey(planId))
        {
            plans ??= await PaperData.PlansAsync(db, paper.OrganisationId, cancellationToken);
            var (progress, next, current) = PaperData.ReportedPlans(paper, plans);
            int[] wanted = [planId, .. new[] { progress, next, current }.OfType<int>().Where(id => !details.ContainsKey(id))];
            foreach (var loaded in await PaperData.PlanDetailsAsync(db, [.. wanted.Distinct()], cancellationToken))
            {
                details[loaded.Id] = loaded;
            }
        }

        var plan = details.GetValueOrDefault(planId);
        return plan is not null && plan.OrganisationId == paper.OrganisationId ? plan : null;
    }
}

using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Papers.Model;

/// <summary>Gathers the facts the checks before approval need (<see cref="PaperFacts"/>) and runs <see cref="PaperChecks"/>.</summary>
public sealed class PaperCheckRunner(GovernancePortalDbContext db, PaperComposer composer)
{
    /// <summary>The findings for the paper as it is composed now (its sections' own and generated text).</summary>
    public async Task<IReadOnlyList<CheckFinding>> RunAsync(Paper paper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return PaperChecks.Run(await FactsAsync(paper, await composer.ComposeAsync(paper, cancellationToken), cancellationToken));
    }

    /// <summary>
    /// What the checks read: each section's own text and generated text (without the notes that say data is missing, so a
    /// section with neither text nor data is empty), the signatories, the glossary and the live data.
    /// </summary>
    public async Task<PaperFacts> FactsAsync(Paper paper, PaperDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(document);
        var composed = document.Sections.Where(s => s.SectionId is not null).ToDictionary(s => s.SectionId!.Value);
        var sections = paper.OrderedSections.Select(section =>
        {
            // A note saying why generated content is missing ("No SIC survey data for 2024/25.") is not content.
            var generated = composed.TryGetValue(section.Id, out var doc)
                ? PaperText.Of(doc with { Blocks = [.. PaperComposer.GeneratedBlocks(section, doc).Where(b => b is not DocNote)] })
                : string.Empty;
            return new SectionFacts(section.Id, section.Title, section.Content, section.Elements, section.Text, generated);
        }).ToList();

        var glossary = await db.GlossaryEntries.AsNoTracking().Where(g => g.OrganisationId == paper.OrganisationId)
            .Select(g => g.Acronym).ToListAsync(cancellationToken);

        var plans = await PaperData.PlansAsync(db, paper.OrganisationId, cancellationToken);
        var (progress, next, current) = PaperData.ReportedPlans(paper, plans);
        var reported = await PaperData.PlanDetailsAsync(db, [.. new[] { progress, next, current }.OfType<int>()], cancellationToken);
        reported = [.. reported.Where(p => p.OrganisationId == paper.OrganisationId)];

        return new PaperFacts(
            paper.Kind,
            sections,
            [.. paper.OrderedSignatories.Select(s => (s.Name, s.Role))],
            glossary,
            paper.Kind == PaperKind.AnnualGovernanceStatement ? await SurveyConcernsAsync(paper, cancellationToken) : [],
            ClosedActions(reported),
            AreasWithoutLead(reported, next ?? progress));
    }

    /// <summary>
    /// Areas of the year's survey whose summary rating is at or past the survey's flag level (limited or no assurance on
    /// the usual scale), and whether anything addresses them: a flag raised from the analysis into the improvement plan,
    /// or an area of an active improvement plan linked to that governance area.
    /// </summary>
    private async Task<IReadOnlyList<SurveyConcern>> SurveyConcernsAsync(Paper paper, CancellationToken cancellationToken)
    {
        var survey = await PaperData.SurveyAsync(db, paper.OrganisationId, paper.Year, cancellationToken);
        var flagged = survey?.Areas.Where(a => a.Flagged).ToList() ?? [];
        if (survey is null || flagged.Count == 0)
        {
            return [];
        }

        var raised = await db.SurveyFlags.AsNoTracking()
            .Where(f => f.SurveyId == survey.Survey.Id && (f.ImprovementAreaId != null || f.ImprovementActionId != null))
            .Select(f => f.SectionId)
            .ToListAsync(cancellationToken);
        var governanceAreas = flagged.Select(a => a.Section.GovernanceAreaId).OfType<int>().ToList();
        var covered = await db.ImprovementAreas.AsNoTracking()
            .Where(a => a.Plan!.OrganisationId == paper.OrganisationId && a.Plan.Status == PlanStatus.Active)
            .SelectMany(a => a.GovernanceAreas.Where(g => governanceAreas.Contains(g.Id)).Select(g => g.Id))
            .ToListAsync(cancellationToken);
        return [.. flagged.Select(a => new SurveyConcern(
            survey.Survey.Id,
            a.Section.GovernanceArea is { } area ? $"{area.Reference} {a.Section.Title}" : a.Section.Title,
            a.Word,
            raised.Contains(a.Section.Id) || (a.Section.GovernanceAreaId is { } id && covered.Contains(id))))];
    }

    /// <summary>Completed or withdrawn actions of the plans the paper reports, unless the same code is still open in one of them.</summary>
    private static IReadOnlyList<ClosedAction> ClosedActions(IReadOnlyList<ImprovementPlan> plans)
    {
        var actions = plans.SelectMany(p => p.Areas).SelectMany(a => a.Actions).ToList();
        var open = actions.Where(a => a.IsOpen).Select(a => a.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. actions
            .Where(a => a.Status is ActionStatus.VerifiedComplete or ActionStatus.ClosedWithoutAction && !open.Contains(a.Code))
            .GroupBy(a => a.Code, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(a => a.Id).First())
            .OrderBy(a => a.Code, StringComparer.Ordinal)
            .Select(a => new ClosedAction(a.Id, a.Code, a.Description))];
    }

    /// <summary>The areas without a lead of the plan the paper sets out (the plan for the year after, else the progress report's).</summary>
    private static IReadOnlyList<AreaWithoutLead> AreasWithoutLead(IReadOnlyList<ImprovementPlan> plans, int? planId) =>
        planId is { } id && plans.FirstOrDefault(p => p.Id == id) is { } plan
            ? [.. plan.Areas.Where(a => a.Leads.Count == 0).OrderBy(a => a.Sequence).Select(a => new AreaWithoutLead(a.Id, $"{a.DisplayCode} {a.Title}"))]
            : [];
}

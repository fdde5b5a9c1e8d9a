using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Recommendations;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel.Model;

/// <summary>
/// Reads one organisation's improvement register (the actions of its plans that are not closed) and its external
/// recommendations as they stood on a day, into the <see cref="RegisterSnapshot"/> a publication freezes. Four
/// read-only projections (organisation, actions, the slippage ledger, recommendations with their status history)
/// whatever the size of the register. For a day in the past it reconstructs what the ledgers say: an action counts as
/// complete only when it was completed by then, its due date is the one in force that day (from the revision ledger),
/// a RAG override counts only once it was made, and a recommendation's status comes from its history. Limits are in
/// docs/panel.md ("Snapshots and changes since the last Panel").
/// </summary>
public sealed class RegisterSnapshotBuilder(GovernancePortalDbContext db)
{
    public async Task<RegisterSnapshot> BuildAsync(int organisationId, DateOnly asAt, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new { o.Code, o.RagRule }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"There is no organisation {organisationId}.");
        var rule = organisation.RagRule;

        // The plans of the register that day: those not closed (today's register), less any that had not started by the
        // day, plus a closed plan whose period covered the day (it was the live plan then).
        var plans = (await db.ImprovementPlans.AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .Select(p => new { p.Id, p.FirstYear, p.LastYear, p.Status }).ToListAsync(cancellationToken))
            .Where(p => p.FirstYear.StartDate <= asAt && (p.Status != PlanStatus.Closed || p.LastYear.EndDate >= asAt))
            .Select(p => p.Id).ToList();

        var actions = await db.ImprovementActions.AsNoTracking()
            .Where(a => plans.Contains(a.Area!.PlanId))
            .Select(a => new ActionRow(
                a.Id,
                a.Code,
                a.Description,
                a.Area!.Plan!.FirstYear,
                a.Area.Plan.LastYear,
                a.Area.Code,
                a.Area.Title,
                a.Owner != null ? (a.Owner.FullName ?? a.Owner.JobTitle) : a.OwnerText,
                a.Status,
                a.DueDate,
                a.OriginalDueDate,
                a.RagOverride,
                a.RagOverriddenAtUtc,
                a.OwnerReportsAtRisk,
                a.CompletedOn,
                a.CarriedForwardFrom != null ? a.CarriedForwardFrom.Code : null,
                a.CarriedForwardFrom != null ? a.CarriedForwardFrom.Area!.Plan!.FirstYear : (ReportingYear?)null,
                a.CarriedForwardFrom != null ? a.CarriedForwardFrom.Area!.Plan!.LastYear : (ReportingYear?)null))
            .ToListAsync(cancellationToken);

        var revisions = (await db.DueDateRevisions.AsNoTracking()
            .Where(r => plans.Contains(r.Action!.Area!.PlanId))
            .Select(r => new RevisionRow(r.ActionId, r.Id, r.PreviousDueDate, r.NewDueDate, r.Reason, r.RecordedAtUtc))
            .ToListAsync(cancellationToken))
            .ToLookup(r => r.ActionId);

        var actionStates = actions
            .Select(a => ActionAsAt(a, revisions[a.Id].OrderBy(r => r.RecordedAtUtc).ThenBy(r => r.Id).ToList(), rule, asAt))
            .OrderBy(a => a.Plan, StringComparer.Ordinal).ThenBy(a => a.Code, StringComparer.Ordinal)
            .ToList();

        var recommendations = await db.Recommendations.AsNoTracking()
            .Where(r => r.OrganisationId == organisationId)
            .Select(r => new RecommendationRow(
                r.Id,
                r.Reference,
                r.Text,
                r.Report!.Title,
                r.Report.Source!.Name,
                r.Theme != null ? r.Theme.Name : null,
                r.DeliveryRoute,
                r.Owner != null ? (r.Owner.FullName ?? r.Owner.JobTitle) : r.OwnerText,
                r.DueDate,
                r.OriginalDueDate))
            .ToListAsync(cancellationToken);
        var history = (await db.RecommendationEvents.AsNoTracking()
            .Where(e => db.Recommendations.Any(r => r.Id == e.RecommendationId && r.OrganisationId == organisationId))
            .Select(e => new EventRow(e.RecommendationId, e.Id, e.ToStatus, e.AtUtc))
            .ToListAsync(cancellationToken))
            .ToLookup(e => e.RecommendationId);

        var recommendationStates = new List<RecommendationState>();
        foreach (var r in recommendations.OrderBy(r => r.Id))
        {
            var status = history[r.Id]
                .Where(e => DateOnly.FromDateTime(LondonClock.ToLondon(e.AtUtc)) <= asAt)
                .OrderBy(e => e.AtUtc).ThenBy(e => e.Id).LastOrDefault()?.ToStatus;
            if (status is not { } on)
            {
                continue;
            }

            var revised = r.OriginalDueDate is not null && r.DueDate is not null && r.DueDate != r.OriginalDueDate;
            var rag = rule.Rate(new RagFacts(on != RecommendationStatus.Closed, false, r.DueDate, revised, false, on == RecommendationStatus.ProposedForClosure), asAt);
            recommendationStates.Add(new RecommendationState(
                r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.Reference,
                r.Text,
                r.Report,
                r.Source,
                r.Theme,
                r.DeliveryRoute?.DisplayName(),
                r.Owner,
                on,
                r.DueDate,
                rag));
        }

        return new RegisterSnapshot(asAt, organisation.Code, rule.Description, actionStates, recommendationStates);
    }

    private static ActionState ActionAsAt(ActionRow a, List<RevisionRow> ledger, RagRule rule, DateOnly asAt)
    {
        static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(LondonClock.ToLondon(utc));
        var known = ledger.Where(r => Day(r.RecordedAtUtc) <= asAt).ToList();
        var later = ledger.FirstOrDefault(r => Day(r.RecordedAtUtc) > asAt);
        var due = later is null ? a.DueDate : later.PreviousDueDate;

        // Completed (or closed) after the day: still open then. Carried forward stays as recorded (the ledger has no day for it).
        var status = a.Status;
        if (status is ActionStatus.VerifiedComplete or ActionStatus.ClosedWithoutAction && !(a.CompletedOn is { } done && done <= asAt))
        {
            status = ActionStatus.InProgress;
        }

        var revised = known.Count > 0 || (a.OriginalDueDate is { } original && due is { } current && current > original);
        var calculated = rule.Rate(new RagFacts(status.IsOpen(), status == ActionStatus.CarriedForward, due, revised, a.AtRisk, status == ActionStatus.ReportedComplete), asAt);
        var overridden = a.RagOverride is not null && (a.RagOverriddenAtUtc is not { } at || Day(at) <= asAt);
        var plan = ImprovementPlan.SlugFor(a.FirstYear, a.LastYear);
        var from = a.FromCode is not null && a.FromFirst is { } first && a.FromLast is { } last ? $"{ImprovementPlan.SlugFor(first, last)}/{a.FromCode}" : null;
        return new ActionState(
            $"{plan}/{a.Code}",
            a.Code,
            a.Description,
            plan,
            a.AreaCode is null ? a.AreaTitle : $"{a.AreaCode} {a.AreaTitle}",
            a.Owner,
            status,
            due,
            a.OriginalDueDate,
            overridden ? a.RagOverride : calculated,
            known.Count,
            known.Count == 0 ? null : known[^1].Reason,
            status is ActionStatus.VerifiedComplete or ActionStatus.ClosedWithoutAction ? a.CompletedOn : null,
            from);
    }

    private sealed record ActionRow(
        int Id,
        string Code,
        string Description,
        ReportingYear FirstYear,
        ReportingYear LastYear,
        string? AreaCode,
        string AreaTitle,
        string? Owner,
        ActionStatus Status,
        DateOnly? DueDate,
        DateOnly? OriginalDueDate,
        RagStatus? RagOverride,
        DateTime? RagOverriddenAtUtc,
        bool AtRisk,
        DateOnly? CompletedOn,
        string? FromCode,
        ReportingYear? FromFirst,
        ReportingYear? FromLast);

    private sealed record RevisionRow(int ActionId, int Id, DateOnly? PreviousDueDate, DateOnly? NewDueDate, string Reason, DateTime RecordedAtUtc);

    private sealed record RecommendationRow(
        int Id,
        string Reference,
        string Text,
        string Report,
        string Source,
        string? Theme,
        DeliveryRoute? DeliveryRoute,
        string? Owner,
        DateOnly? DueDate,
        DateOnly? OriginalDueDate);

    private sealed record EventRow(int RecommendationId, int Id, RecommendationStatus ToStatus, DateTime AtUtc);
}

using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Domain.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Actions;

/// <summary>An action with everything about it: RAG and its rule, updates, slippage ledger, lineage, what the user may do.</summary>
/// <summary>Shared by every page of an action: its heading, what the user may do, and the version its forms carry.</summary>
public sealed record GetActionQuery(int Id) : IQuery<ActionDetails>, IOrganisationScoped
{
    public Permission Permission => Permission.ViewImprovementPlan;

    public ScopeTarget Scope => ScopeTarget.ImprovementAction(Id);
}

public sealed record ActionDetails(
    int Id,
    string Code,
    string Description,
    string OrganisationCode,
    string OrganisationName,
    int PlanId,
    string PlanTitle,
    string PlanSlug,
    PlanStatus PlanStatus,
    int AreaId,
    string AreaDisplayCode,
    string AreaTitle,
    int? OwnerId,
    string? Owner,
    ActionSource? Source,
    string? SourceReference,
    DateOnly? OriginalDueDate,
    DateOnly? DueDate,
    int RevisionCount,
    int DaysLate,
    ActionStatus Status,
    RagStatus? Rag,
    RagStatus? CalculatedRag,
    DateOnly? RagCalculatedOn,
    RagStatus? RagOverride,
    string? RagOverrideRationale,
    string? RagOverriddenByName,
    DateTime? RagOverriddenAtUtc,
    string RagRule,
    bool OwnerReportsAtRisk,
    string? Progress,
    DateOnly? ProgressAsAt,
    DateOnly? UpdateRequestedBy,
    DateOnly? CompletedOn,
    string? ClosureNote,
    Lineage? CarriedForwardFrom,
    Lineage? CarriedForwardTo,
    IReadOnlyList<UpdateView> Updates,
    IReadOnlyList<RevisionView> Revisions,
    IReadOnlyList<DateRequestView> DateRequests,
    ActionPermissions Can,
    DateOnly Today,
    Guid Version)
{
    public bool IsOpen => Status.IsOpen();

    public UpdateView? PendingUpdate => Updates.FirstOrDefault(u => u.Review == UpdateReview.Pending);

    public DateRequestView? PendingDateRequest => DateRequests.FirstOrDefault(r => r.Decision == DueDateRequestDecision.Pending);

    /// <summary>The owner may ask for a new due date: the action is open, has a date and no request awaits a decision.</summary>
    public bool CanRequestDate => IsOpen && Can.Report && DueDate is not null && PendingDateRequest is null;

    /// <summary>The user may decide the pending request for a new date: they manage the plan and did not ask for it.</summary>
    public bool CanDecideDateRequest => IsOpen && Can.Manage && PendingDateRequest is { } pending && !pending.AskedByMe;
}

public sealed record Lineage(int Id, string Code, string PlanTitle, ActionStatus Status);

/// <summary>An update; <c>FromEarlierAction</c> names the action it was made on when that is an earlier one this action continues.</summary>
public sealed record UpdateView(
    int Id,
    UpdateKind Kind,
    string Narrative,
    string? Evidence,
    OwnerAssessment Assessment,
    string SubmittedByName,
    DateTime SubmittedAtUtc,
    UpdateReview Review,
    string? ReviewedByName,
    DateTime? ReviewedAtUtc,
    string? ReviewComment,
    string? FromEarlierAction);

/// <summary>A ledger entry: who asked for the new date (null in older history) and who approved it (their name, or the text recorded then).</summary>
public sealed record RevisionView(DateOnly? PreviousDueDate, DateOnly? NewDueDate, int? DaysMoved, string Reason, string? RequestedByName, string ApprovedBy, string RecordedByName, DateTime RecordedAtUtc, string? FromEarlierAction);

/// <summary>A request for a new due date and its decision; <c>AskedByMe</c> when the user viewing it made it.</summary>
public sealed record DateRequestView(
    int Id,
    DateOnly? CurrentDueDate,
    DateOnly RequestedDueDate,
    string Reason,
    string RequestedByName,
    DateTime RequestedAtUtc,
    DueDateRequestDecision Decision,
    string? DecidedByName,
    DateTime? DecidedAtUtc,
    string? DecisionComment,
    bool AskedByMe);

/// <summary>
/// What the user may do to the action: report on it, manage it (including reviewing progress updates), verify its
/// completion, read its change history.
/// </summary>
public sealed record ActionPermissions(bool Report, bool Manage, bool Verify, bool ViewHistory);

public sealed class GetActionHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<GetActionQuery, ActionDetails>
{
    public async ValueTask<ActionDetails> Handle(GetActionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = time.Today();
        var action = await db.ImprovementActions.AsNoTracking().AsSplitQuery()
            .Include(a => a.Area!).ThenInclude(a => a.Plan!).ThenInclude(p => p.Organisation)
            .Include(a => a.Owner)
            .Include(a => a.Updates)
            .Include(a => a.DateRevisions)
            .Include(a => a.DateRequests)
            .Include(a => a.CarriedForwardFrom!).ThenInclude(f => f.Area!).ThenInclude(a => a.Plan)
            .Include(a => a.CarriedForwardTo!).ThenInclude(f => f.Area!).ThenInclude(a => a.Plan)
            .SingleOrDefaultAsync(a => a.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("There is no such improvement action.");
        var organisation = action.Area!.Plan!.Organisation!;

        // The history of the actions this one continues, so carrying forward loses nothing.
        var updates = action.Updates.Select(u => View(u, null)).ToList();
        var revisions = action.DateRevisions.Select(r => View(r, null)).ToList();
        var ancestorId = action.CarriedForwardFromId;
        for (var guard = 0; ancestorId is { } id && guard < 20; guard++)
        {
            var ancestor = await db.ImprovementActions.AsNoTracking().AsSplitQuery()
                .Include(a => a.Updates).Include(a => a.DateRevisions).Include(a => a.Area!).ThenInclude(a => a.Plan)
                .SingleAsync(a => a.Id == id, cancellationToken);
            var label = $"{ancestor.Code} in {ancestor.Area!.Plan!.Title}";
            updates.AddRange(ancestor.Updates.Select(u => View(u, label)));
            revisions.AddRange(ancestor.DateRevisions.Select(r => View(r, label)));
            ancestorId = ancestor.CarriedForwardFromId;
        }

        var mine = await ImprovementScope.MyPeopleAsync(db, user, cancellationToken);
        var manage = AccessMatrix.Allows(user, Permission.ManageImprovementPlan, organisation.Code);
        var report = AccessMatrix.Allows(user, Permission.ReportActionProgress, organisation.Code)
            && (manage || (action.OwnerId is { } owner && mine.Contains(owner)));
        var verify = AccessMatrix.Allows(user, Permission.VerifyActionCompletion, organisation.Code);
        var history = AccessMatrix.Allows(user, Permission.ViewHistory, organisation.Code);

        return new ActionDetails(
            action.Id,
            action.Code,
            action.Description,
            organisation.Code,
            organisation.ShortName,
            action.Area.PlanId,
            action.Area.Plan.Title,
            action.Area.Plan.Slug,
            action.Area.Plan.Status,
            action.AreaId,
            action.Area.DisplayCode,
            action.Area.Title,
            action.OwnerId,
            action.Owner?.DisplayName ?? action.OwnerText,
            action.Source,
            action.SourceReference,
            action.OriginalDueDate,
            action.DueDate,
            action.RevisionCount,
            action.DaysLate(today),
            action.Status,
            action.Rag,
            action.CalculatedRag,
            action.RagCalculatedOn,
            action.RagOverride,
            action.RagOverrideRationale,
            action.RagOverriddenByName,
            action.RagOverriddenAtUtc,
            organisation.RagRule.Description,
            action.OwnerReportsAtRisk,
            action.Progress,
            action.ProgressAsAt,
            action.UpdateRequestedBy,
            action.CompletedOn,
            action.ClosureNote,
            action.CarriedForwardFrom is { } from ? new Lineage(from.Id, from.Code, from.Area!.Plan!.Title, from.Status) : null,
            action.CarriedForwardTo is { } to ? new Lineage(to.Id, to.Code, to.Area!.Plan!.Title, to.Status) : null,
            [.. updates.OrderByDescending(u => u.SubmittedAtUtc)],
            [.. revisions.OrderBy(r => r.RecordedAtUtc)],
            [.. action.DateRequests.OrderByDescending(r => r.RequestedAtUtc).Select(r => new DateRequestView(
                r.Id, r.CurrentDueDate, r.RequestedDueDate, r.Reason, r.RequestedByName, r.RequestedAtUtc, r.Decision, r.DecidedByName, r.DecidedAtUtc, r.DecisionComment,
                r.RequestedByUserId is not null && r.RequestedByUserId == user.UserId))],
            new ActionPermissions(report, manage, verify, history),
            today,
            action.Version);
    }

    private static UpdateView View(ActionUpdate u, string? from) => new(
        u.Id, u.Kind, u.Narrative, u.Evidence, u.Assessment, u.SubmittedByName, u.SubmittedAtUtc, u.Review, u.ReviewedByName, u.ReviewedAtUtc, u.ReviewComment, from);

    private static RevisionView View(DueDateRevision r, string? from) => new(
        r.PreviousDueDate, r.NewDueDate, r.DaysMoved, r.Reason, r.RequestedByName, r.ApprovedByDisplay, r.RecordedByName, r.RecordedAtUtc, from);
}

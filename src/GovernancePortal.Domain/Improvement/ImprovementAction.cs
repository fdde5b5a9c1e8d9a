using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.People;

namespace GovernancePortal.Domain.Improvement;

/// <summary>
/// An improvement action with a code such as IA2-01 or F10, an owner, a due date, a status and a RAG rating. Its
/// workflow lives here: dated updates that the governance team accepts or returns, a slippage ledger for due-date
/// changes, two-key closure (owner reports complete, governance team verifies) and carry-forward into the next plan.
/// </summary>
public class ImprovementAction : Entity, IAudited, IVersioned
{
    public const int ReferenceMaxLength = 200;
    public const int RationaleMaxLength = 2_000;

    public int AreaId { get; set; }

    public ImprovementArea? Area { get; set; }

    public required string Code { get; set; }

    public required string Description { get; set; }

    public int? OwnerId { get; set; }

    public Person? Owner { get; set; }

    /// <summary>The owner's name or post as the source records it, when it does not match a person.</summary>
    public string? OwnerText { get; set; }

    public ActionSource? Source { get; set; }

    /// <summary>The report and recommendation the action answers, e.g. "DARA report 2018, recommendation 3".</summary>
    public string? SourceReference { get; set; }

    /// <summary>The due date first agreed; never changes once set.</summary>
    public DateOnly? OriginalDueDate { get; set; }

    /// <summary>The due date now in force; every change after the first is in <see cref="DateRevisions"/>.</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>How many times the due date has been revised (the slippage ledger's length, kept for filtering).</summary>
    public int RevisionCount { get; set; }

    public ActionStatus Status { get; set; } = ActionStatus.NotStarted;

    /// <summary>The rating in force: the override when there is one, otherwise <see cref="CalculatedRag"/>.</summary>
    public RagStatus? Rag { get; set; }

    /// <summary>What the organisation's RAG rule gives, as last calculated (on every change and daily).</summary>
    public RagStatus? CalculatedRag { get; set; }

    /// <summary>The day the rating in force took its present value (first calculated, or last changed).</summary>
    public DateOnly? RagCalculatedOn { get; set; }

    public RagStatus? RagOverride { get; set; }

    public string? RagOverrideRationale { get; set; }

    public string? RagOverriddenByName { get; set; }

    public DateTime? RagOverriddenAtUtc { get; set; }

    /// <summary>The owner's latest update said the action is at risk.</summary>
    public bool OwnerReportsAtRisk { get; set; }

    /// <summary>The latest accepted progress narrative.</summary>
    public string? Progress { get; set; }

    public DateOnly? ProgressAsAt { get; set; }

    /// <summary>An update has been asked for by this date (cleared when the owner submits one).</summary>
    public DateOnly? UpdateRequestedBy { get; set; }

    public DateOnly? CompletedOn { get; set; }

    /// <summary>Why the action was closed without action, or the verifier's note.</summary>
    public string? ClosureNote { get; set; }

    public int? CarriedForwardFromId { get; set; }

    /// <summary>The action in the previous plan that this one continues.</summary>
    public ImprovementAction? CarriedForwardFrom { get; set; }

    /// <summary>The action in the next plan that continues this one.</summary>
    public ImprovementAction? CarriedForwardTo { get; set; }

    public List<ActionUpdate> Updates { get; set; } = [];

    public List<DueDateRevision> DateRevisions { get; set; } = [];

    /// <summary>The owner's requests for a new due date, decided by the governance team.</summary>
    public List<DueDateRequest> DateRequests { get; set; } = [];

    public Guid Version { get; set; }

    public bool IsOpen => ActionRules.Open(this);

    public bool IsOverdue(DateOnly today) => ActionRules.Overdue(this, today);

    /// <summary>Days past the due date (0 when not overdue).</summary>
    public int DaysLate(DateOnly today) => IsOverdue(today) ? today.DayNumber - DueDate!.Value.DayNumber : 0;

    public bool HasSlipped => ActionRules.Slipped(this);

    /// <summary>The timescale has been revised: the ledger has an entry or the date is later than first agreed.</summary>
    public bool TimescaleRevised => ActionRules.Revised(this);

    /// <summary>
    /// The rule that rates this action: its organisation's (loaded with its area and plan), or the standard rule for an
    /// action not yet in a plan.
    /// </summary>
    public RagRule RatingRule => Area?.Plan?.Organisation?.RagRule ?? RagRule.Standard;

    public bool IsRagOverridden => RagOverride is not null;

    /// <summary>
    /// Recomputes the calculated rating with the rule; the override, if any, stays in force. <see cref="RagCalculatedOn"/>
    /// is the day the rating took its value as the action's data shows it (the day after the due date passed for an
    /// overdue Red, the revision date for a revised Amber…: <see cref="RagRule.Assess"/>); where the data does not say,
    /// the day the change was seen, or none for history loaded from a source (<paramref name="seenToday"/> false).
    /// Returns whether the rating changed.
    /// </summary>
    public bool RecalculateRag(RagRule rule, DateOnly today, bool seenToday = true)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var before = (Rag, CalculatedRag);
        var assessment = rule.Assess(this, today);
        CalculatedRag = assessment.Rag;
        Rag = IsOpen ? RagOverride ?? CalculatedRag : CalculatedRag;
        var changed = before != (Rag, CalculatedRag);
        if (IsOpen && RagOverride is not null)
        {
            RagCalculatedOn = RagOverriddenAtUtc is { } at ? DateOnly.FromDateTime(at) : RagCalculatedOn ?? today;
        }
        else if (assessment.Since is { } since)
        {
            RagCalculatedOn = since;
        }
        else if (changed)
        {
            RagCalculatedOn = seenToday ? today : null;
        }

        return changed;
    }

    /// <summary>
    /// Rates the action again with its own rule (<see cref="RatingRule"/>) as of <paramref name="today"/>: the daily
    /// re-rate as dates pass. Every behaviour method below re-rates by itself, as of the day the actor acts.
    /// </summary>
    public bool RateAgain(DateOnly today) => RecalculateRag(RatingRule, today);

    private void Rerate(Actor actor) => RecalculateRag(RatingRule, DateOnly.FromDateTime(Time.LondonClock.ToLondon(actor.AtUtc)));

    /// <summary>Sets the RAG by hand. Needs a rationale; shown as an override wherever the rating is shown.</summary>
    public void OverrideRag(RagStatus rag, string rationale, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpen("override its RAG");
        if (string.IsNullOrWhiteSpace(rationale))
        {
            throw new DomainException("Give the reason for overriding the calculated RAG");
        }

        RagOverride = rag;
        RagOverrideRationale = rationale.Trim();
        RagOverriddenByName = actor.Name;
        RagOverriddenAtUtc = actor.AtUtc;
        Rag = rag;
        Rerate(actor);
    }

    /// <summary>Removes the override: the calculated rating applies again, as of the day the actor acts.</summary>
    public void ClearRagOverride(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ClearOverride();
        Rerate(actor);
    }

    private void ClearOverride()
    {
        RagOverride = null;
        RagOverrideRationale = null;
        RagOverriddenByName = null;
        RagOverriddenAtUtc = null;
        Rag = CalculatedRag;
    }

    /// <summary>
    /// Moves the due date. The first date set on an action without one is not a revision; every later change is, and
    /// needs a reason. The governance team member making the change (<paramref name="actor"/>) approves it; it was
    /// asked for by <paramref name="requestedBy"/> when they act for someone (the owner), otherwise by themselves. The
    /// original date never changes. A request for a new date awaiting a decision must be decided first.
    /// </summary>
    public DueDateRevision? ReviseDueDate(DateOnly newDate, string? reason, Actor actor, Actor? requestedBy = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpen("change its due date");
        if (DueDate is null && OriginalDueDate is null)
        {
            OriginalDueDate = newDate;
            DueDate = newDate;
            Rerate(actor);
            return null;
        }

        if (PendingDateRequest is { } pending)
        {
            throw new DomainException($"{Code} has a request for a new due date ({pending.RequestedDueDate:d MMMM yyyy}) awaiting a decision: approve or refuse it first");
        }

        var revision = Revise(newDate, reason, requestedBy ?? actor, actor, null);
        Rerate(actor);
        return revision;
    }

    /// <summary>
    /// The owner asks for a new due date, with the reason. The date moves only when the governance team approves it;
    /// one request may await a decision at a time.
    /// </summary>
    public DueDateRequest RequestDueDate(DateOnly newDate, string? reason, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpen("ask for a new due date");
        if (DueDate is null)
        {
            throw new DomainException($"{Code} has no due date yet: the governance team sets the first one");
        }

        if (PendingDateRequest is not null)
        {
            throw new DomainException($"{Code} already has a request for a new due date awaiting a decision");
        }

        if (DueDate == newDate)
        {
            throw new DomainException("The date you asked for is the current due date");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Give the reason a new due date is needed");
        }

        var request = new DueDateRequest
        {
            Action = this,
            CurrentDueDate = DueDate,
            RequestedDueDate = newDate,
            Reason = reason.Trim(),
            RequestedByUserId = actor.UserId,
            RequestedByName = actor.Name,
            RequestedAtUtc = actor.AtUtc,
        };
        DateRequests.Add(request);
        return request;
    }

    /// <summary>
    /// The governance team approves a request for a new due date: the date moves, and the ledger records who asked and
    /// who approved. Never the person who asked.
    /// </summary>
    public DueDateRevision ApproveDateRequest(DueDateRequest request, string? comment, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var pending = RequirePendingRequest(request, actor);
        RequireOpen("change its due date");
        var revision = Revise(
            pending.RequestedDueDate,
            pending.Reason,
            new Actor(pending.RequestedByUserId, pending.RequestedByName, pending.RequestedAtUtc),
            actor,
            pending);
        Decide(pending, DueDateRequestDecision.Approved, comment, actor);
        Rerate(actor);
        return revision;
    }

    /// <summary>The governance team refuses a request for a new due date, saying why; the due date stays as it is.</summary>
    public void RefuseDateRequest(DueDateRequest request, string? comment, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var pending = RequirePendingRequest(request, actor);
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("Say why the new date is refused, so the owner knows");
        }

        Decide(pending, DueDateRequestDecision.Refused, comment, actor);
    }

    public DueDateRequest? PendingDateRequest => DateRequests.FirstOrDefault(r => r.IsPending);

    private DueDateRevision Revise(DateOnly newDate, string? reason, Actor requestedBy, Actor approvedBy, DueDateRequest? request)
    {
        if (DueDate == newDate)
        {
            throw new DomainException("The new due date is the same as the current one");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Give the reason the due date is changing");
        }

        var revision = new DueDateRevision
        {
            PreviousDueDate = DueDate,
            NewDueDate = newDate,
            Reason = reason.Trim(),
            RequestedByUserId = requestedBy.UserId,
            RequestedByName = requestedBy.Name,
            ApprovedByUserId = approvedBy.UserId,
            ApprovedByName = approvedBy.Name,
            RecordedByName = approvedBy.Name,
            RecordedAtUtc = approvedBy.AtUtc,
            Request = request,
        };
        OriginalDueDate ??= DueDate;
        DueDate = newDate;
        DateRevisions.Add(revision);
        RevisionCount++;
        return revision;
    }

    private DueDateRequest RequirePendingRequest(DueDateRequest request, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!DateRequests.Contains(request))
        {
            throw new DomainException("That request belongs to another action");
        }

        if (!request.IsPending)
        {
            throw new DomainException("That request has already been decided");
        }

        if (request.RequestedByUserId is not null && request.RequestedByUserId == actor.UserId)
        {
            throw new DomainException("Someone other than the person who asked for the new date must decide it");
        }

        return request;
    }

    private static void Decide(DueDateRequest request, DueDateRequestDecision decision, string? comment, Actor actor)
    {
        request.Decision = decision;
        request.DecidedByUserId = actor.UserId;
        request.DecidedByName = actor.Name;
        request.DecidedAtUtc = actor.AtUtc;
        request.DecisionComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
    }

    /// <summary>The owner reports progress. Earlier updates are kept; a pending update must be reviewed first.</summary>
    public ActionUpdate SubmitUpdate(string narrative, OwnerAssessment assessment, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpen("report progress on it");
        RequireNoPendingUpdate();
        if (string.IsNullOrWhiteSpace(narrative))
        {
            throw new DomainException("Describe the progress made");
        }

        var update = NewUpdate(UpdateKind.Progress, narrative, null, assessment, actor);
        OwnerReportsAtRisk = assessment == OwnerAssessment.AtRisk;
        if (Status == ActionStatus.NotStarted)
        {
            Status = ActionStatus.InProgress;
        }

        Rerate(actor);
        return update;
    }

    /// <summary>The first key of closure: the owner reports the action complete, with evidence.</summary>
    public ActionUpdate ReportComplete(string narrative, string evidence, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpen("report it complete");
        RequireNoPendingUpdate();
        if (string.IsNullOrWhiteSpace(narrative))
        {
            throw new DomainException("Describe what was done");
        }

        if (string.IsNullOrWhiteSpace(evidence))
        {
            throw new DomainException("Say where the evidence of completion is");
        }

        var update = NewUpdate(UpdateKind.CompletionReport, narrative, evidence.Trim(), OwnerAssessment.OnTrack, actor);
        OwnerReportsAtRisk = false;
        Status = ActionStatus.ReportedComplete;
        Rerate(actor);
        return update;
    }

    /// <summary>
    /// The governance team accepts a pending update. For a completion report this is the second key: the action is
    /// verified complete.
    /// </summary>
    public void AcceptUpdate(ActionUpdate update, string? comment, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var pending = RequirePending(update);
        pending.Review = UpdateReview.Accepted;
        pending.ReviewedByName = actor.Name;
        pending.ReviewedAtUtc = actor.AtUtc;
        pending.ReviewComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        Progress = pending.Narrative;
        ProgressAsAt = DateOnly.FromDateTime(pending.SubmittedAtUtc);
        if (pending.Kind == UpdateKind.CompletionReport)
        {
            Status = ActionStatus.VerifiedComplete;
            CompletedOn = actor.Day;
            ClosureNote = pending.ReviewComment;
            ClearOverride();
        }

        Rerate(actor);
    }

    /// <summary>The governance team returns a pending update (or rejects a completion report) with a reason.</summary>
    public void ReturnUpdate(ActionUpdate update, string comment, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var pending = RequirePending(update);
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException(pending.Kind == UpdateKind.CompletionReport
                ? "Give the reason the completion is not verified"
                : "Say why the update is returned");
        }

        pending.Review = UpdateReview.Returned;
        pending.ReviewedByName = actor.Name;
        pending.ReviewedAtUtc = actor.AtUtc;
        pending.ReviewComment = comment.Trim();
        if (pending.Kind == UpdateKind.CompletionReport && Status == ActionStatus.ReportedComplete)
        {
            Status = ActionStatus.InProgress;
        }

        Rerate(actor);
    }

    /// <summary>The governance team closes an action that will not be done, with the reason.</summary>
    public void CloseWithoutAction(string reason, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpen("close it");
        RequireNoPendingUpdate();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Give the reason the action is closed without action");
        }

        Status = ActionStatus.ClosedWithoutAction;
        ClosureNote = reason.Trim();
        CompletedOn = actor.Day;
        ClearOverride();

        Rerate(actor);
    }

    /// <summary>
    /// Moves this open action into the next plan's area: a new action with the same code, owner, source and dates
    /// continues it, linked both ways; this one is marked carried forward and keeps its history.
    /// </summary>
    public ImprovementAction CarryForwardInto(ImprovementArea area, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(actor);
        RequireOpen("carry it forward");
        var next = new ImprovementAction
        {
            Area = area,
            Code = Code,
            Description = Description,
            Owner = Owner,
            OwnerId = OwnerId,
            OwnerText = OwnerText,
            Source = Source,
            SourceReference = SourceReference,
            OriginalDueDate = OriginalDueDate,
            DueDate = DueDate,
            RevisionCount = RevisionCount,
            Status = Status == ActionStatus.ReportedComplete ? ActionStatus.InProgress : Status,
            OwnerReportsAtRisk = OwnerReportsAtRisk,
            Progress = Progress,
            ProgressAsAt = ProgressAsAt,
            CarriedForwardFrom = this,
        };
        area.Actions.Add(next);
        Status = ActionStatus.CarriedForward;
        CarriedForwardTo = next;
        ClosureNote = $"Carried forward by {actor.Name} on {actor.Day:d MMMM yyyy}";
        ClearOverride();
        Rerate(actor);
        next.Rerate(actor);
        return next;
    }

    public ActionUpdate? PendingUpdate => Updates.FirstOrDefault(u => u.IsPending);

    private ActionUpdate NewUpdate(UpdateKind kind, string narrative, string? evidence, OwnerAssessment assessment, Actor actor)
    {
        var update = new ActionUpdate
        {
            Action = this,
            Kind = kind,
            Narrative = narrative.Trim(),
            Evidence = evidence,
            Assessment = assessment,
            SubmittedByUserId = actor.UserId,
            SubmittedByName = actor.Name,
            SubmittedAtUtc = actor.AtUtc,
        };
        Updates.Add(update);
        UpdateRequestedBy = null;
        return update;
    }

    private ActionUpdate RequirePending(ActionUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!Updates.Contains(update))
        {
            throw new DomainException("That update belongs to another action");
        }

        if (!update.IsPending)
        {
            throw new DomainException("That update has already been reviewed");
        }

        return update;
    }

    private void RequireNoPendingUpdate()
    {
        if (Updates.Any(u => u.IsPending))
        {
            throw new DomainException($"{Code} has an update awaiting review: it must be accepted or returned first");
        }
    }

    private void RequireOpen(string what)
    {
        if (!IsOpen)
        {
            throw new DomainException($"{Code} is {Status.DisplayName().ToLowerInvariant()}: you cannot {what}");
        }
    }
}

using System.Linq.Expressions;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Domain.Papers;
using GovernancePortal.Domain.People;
using GovernancePortal.Domain.Time;

namespace GovernancePortal.Domain.Recommendations;

/// <summary>
/// One recommendation of an external (or internal audit) report, tracked to assured closure. Closure is two-key: the
/// owner proposes it with evidence that the underlying issue is addressed, and someone else (an approving board or the
/// governance team) accepts or rejects it with a reason; a closed recommendation can be reopened with a reason. Every
/// change of status is in <see cref="History"/>, so the register can be read as at any day.
/// </summary>
public class Recommendation : Entity, IAudited, IVersioned
{
    public const int ReferenceMaxLength = TextLimits.ShortTitle;
    public const int TextMaxLength = TextLimits.MediumText;
    public const int DetailMaxLength = TextLimits.ShortTitle;
    public const int OwnerTextMaxLength = TextLimits.ShortTitle;
    public const int ReasonMaxLength = TextLimits.MediumText;
    public const int BodyMaxLength = TextLimits.ShortTitle;

    private RecommendationStatus status;

    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public int ReportId { get; set; }

    public SourceReport? Report { get; set; }

    /// <summary>The reference within the report ("R3", "AFI 2", "Rec 1.4").</summary>
    public required string Reference { get; set; }

    public required string Text { get; set; }

    public RecommendationPriority? Priority { get; set; }

    public int? ThemeId { get; set; }

    public RecommendationTheme? Theme { get; set; }

    public DeliveryRoute? DeliveryRoute { get; set; }

    /// <summary>The programme's name when delivered through one; otherwise any detail of the route.</summary>
    public string? DeliveryDetail { get; set; }

    public int? OwnerId { get; set; }

    public Person? Owner { get; set; }

    /// <summary>The owner as the source gave it, when no post in the portal matches.</summary>
    public string? OwnerText { get; set; }

    /// <summary>The due date first agreed.</summary>
    public DateOnly? OriginalDueDate { get; set; }

    public DateOnly? DueDate { get; set; }

    public RecommendationStatus Status { get => status; init => status = value; }

    public DateTime RaisedAtUtc { get; set; }

    public string RaisedByName { get; set; } = string.Empty;

    /// <summary>The owner's evidence that the underlying issue is addressed (while proposed for closure, and once closed).</summary>
    public string? ClosureEvidence { get; private set; }

    public string? ProposedByUserId { get; private set; }

    public string? ProposedByName { get; private set; }

    public DateTime? ProposedAtUtc { get; private set; }

    /// <summary>The day it closed (London).</summary>
    public DateOnly? ClosedOn { get; private set; }

    public string? ClosedByName { get; private set; }

    /// <summary>The board that accepted the closure ("Risk and Assurance Board"), or empty when the governance team did.</summary>
    public string? ApprovingBody { get; private set; }

    public List<RecommendationEvent> History { get; set; } = [];

    public List<RecommendationActionLink> Links { get; set; } = [];

    public Guid Version { get; set; }

    public bool IsOpen => RecommendationRules.Open(this);

    public bool IsOverdue(DateOnly today) => RecommendationRules.Overdue(this, today);

    /// <summary>The due date has moved from the one first agreed.</summary>
    public bool IsRevised => OriginalDueDate is not null && DueDate is not null && DueDate != OriginalDueDate;

    public string OwnerDisplay => Owner is { } owner ? (string.IsNullOrWhiteSpace(owner.FullName) ? owner.JobTitle : $"{owner.FullName} ({owner.JobTitle})") : OwnerText ?? "No owner";

    /// <summary>The rating by the organisation's published rule, as for improvement actions.</summary>
    public RagStatus? RagOn(RagRule rule, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Rate(new RagFacts(IsOpen, false, DueDate, IsRevised, false, Status == RecommendationStatus.ProposedForClosure), today);
    }

    /// <summary>
    /// A new recommendation of <paramref name="report"/>; an import (or history loaded from a source) may give it a later
    /// status, the day it closed and the evidence it was closed on, with history saying so.
    /// </summary>
    public static Recommendation Raise(SourceReport report, RecommendationDetails details, Actor actor, RecommendationStatus initial = RecommendationStatus.Open, DateOnly? closedOn = null, string? closureEvidence = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        var recommendation = new Recommendation
        {
            OrganisationId = report.OrganisationId,
            ReportId = report.Id,
            Report = report,
            Reference = Required(details.Reference, "reference"),
            Text = Required(details.Text, "recommendation"),
            Status = initial,
            RaisedAtUtc = actor.AtUtc,
            RaisedByName = actor.Name,
        };
        recommendation.Apply(details);
        recommendation.OriginalDueDate = details.DueDate;
        recommendation.Record(RecommendationEventKind.Raised, null, initial, actor);
        if (initial == RecommendationStatus.Closed)
        {
            recommendation.ClosedOn = closedOn ?? actor.Day;
            recommendation.ClosedByName = actor.Name;
        }

        if ((initial is RecommendationStatus.Closed or RecommendationStatus.ProposedForClosure) && !string.IsNullOrWhiteSpace(closureEvidence))
        {
            recommendation.ClosureEvidence = closureEvidence.Trim();
        }

        return recommendation;
    }

    /// <summary>Changes what the recommendation says and how it is delivered. A change of due date needs a reason.</summary>
    public void Edit(RecommendationDetails details, string? dueDateReason, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        if (Status == RecommendationStatus.Closed)
        {
            throw new DomainException("This recommendation is closed: reopen it to change it");
        }

        var previousDue = DueDate;
        if (previousDue is not null && previousDue != details.DueDate && string.IsNullOrWhiteSpace(dueDateReason))
        {
            // Refused before anything changes, so a refused edit leaves the recommendation as it was.
            throw new DomainException("Give the reason the due date changed");
        }

        Reference = Required(details.Reference, "reference");
        Text = Required(details.Text, "recommendation");
        Apply(details);
        if (previousDue != DueDate)
        {
            OriginalDueDate ??= DueDate;
            var words = $"Due date changed from {Day(previousDue)} to {Day(DueDate)}";
            Record(RecommendationEventKind.DueDateChanged, string.IsNullOrWhiteSpace(dueDateReason) ? words : $"{words}: {dueDateReason.Trim()}", Status, actor);
        }
    }

    /// <summary>Work has started.</summary>
    public void Start(Actor actor)
    {
        if (Status != RecommendationStatus.Open)
        {
            throw new DomainException($"Only an open recommendation can be started; this one is {Status.DisplayName().ToLowerInvariant()}");
        }

        Move(RecommendationStatus.InProgress, RecommendationEventKind.Started, null, actor);
    }

    /// <summary>The first key: the owner says the underlying issue is addressed, with the evidence.</summary>
    public void ProposeClosure(string evidence, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status is not (RecommendationStatus.Open or RecommendationStatus.InProgress))
        {
            throw new DomainException(Status == RecommendationStatus.Closed
                ? "This recommendation is already closed"
                : "Closure has already been proposed: it waits for a decision");
        }

        ClosureEvidence = Required(evidence, "evidence that the underlying issue has been addressed");
        ProposedByUserId = actor.UserId;
        ProposedByName = actor.Name;
        ProposedAtUtc = actor.AtUtc;
        Move(RecommendationStatus.ProposedForClosure, RecommendationEventKind.ClosureProposed, ClosureEvidence, actor);
    }

    /// <summary>
    /// The second key: someone other than the proposer accepts the evidence and closes the recommendation, for the
    /// governance team or for a named approving board.
    /// </summary>
    public void AcceptClosure(string? comment, string? approvingBody, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireProposed();
        if (actor.UserId is not null && actor.UserId == ProposedByUserId)
        {
            throw new DomainException("Someone other than the person who proposed closure must accept it");
        }

        ApprovingBody = string.IsNullOrWhiteSpace(approvingBody) ? null : approvingBody.Trim();
        ClosedOn = DateOnly.FromDateTime(LondonClock.ToLondon(actor.AtUtc));
        ClosedByName = actor.Name;
        var words = ApprovingBody is null ? "Closure accepted" : $"Closure accepted for {ApprovingBody}";
        Move(RecommendationStatus.Closed, RecommendationEventKind.ClosureAccepted, string.IsNullOrWhiteSpace(comment) ? words : $"{words}: {comment.Trim()}", actor);
    }

    /// <summary>The evidence does not show the issue is addressed: back to in progress, with the reason.</summary>
    public void RejectClosure(string reason, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        RequireProposed();
        var why = Required(reason, "reason for rejecting closure");
        ClosureEvidence = null;
        ProposedByUserId = null;
        ProposedByName = null;
        ProposedAtUtc = null;
        Move(RecommendationStatus.InProgress, RecommendationEventKind.ClosureRejected, why, actor);
    }

    /// <summary>The issue has come back (or closure was wrong): reopened, in progress again, with the reason.</summary>
    public void Reopen(string reason, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status != RecommendationStatus.Closed)
        {
            throw new DomainException("Only a closed recommendation can be reopened");
        }

        var why = Required(reason, "reason for reopening");
        ClosedOn = null;
        ClosedByName = null;
        ApprovingBody = null;
        ClosureEvidence = null;
        ProposedByUserId = null;
        ProposedByName = null;
        ProposedAtUtc = null;
        Move(RecommendationStatus.InProgress, RecommendationEventKind.Reopened, why, actor);
    }

    /// <summary>Links an improvement action (of the same organisation) that delivers the recommendation.</summary>
    public void Link(ImprovementAction action, int actionOrganisationId)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (actionOrganisationId != OrganisationId)
        {
            throw new DomainException("Link an improvement action of the same organisation");
        }

        if (Links.Any(l => l.ActionId == action.Id))
        {
            throw new DomainException($"{action.Code} is already linked");
        }

        Links.Add(new RecommendationActionLink { ActionId = action.Id, Action = action });
    }

    public void Unlink(int actionId)
    {
        var link = Links.FirstOrDefault(l => l.ActionId == actionId) ?? throw new DomainException("That action is not linked");
        Links.Remove(link);
    }

    /// <summary>
    /// The status on a day from the history (null when it had not been raised by then), for reading the register as at
    /// a past meeting.
    /// </summary>
    public RecommendationStatus? StatusOn(DateOnly day) =>
        History.Where(e => DateOnly.FromDateTime(LondonClock.ToLondon(e.AtUtc)) <= day)
            .OrderBy(e => e.AtUtc).ThenBy(e => e.Id).LastOrDefault()?.ToStatus;

    private void Apply(RecommendationDetails details)
    {
        Priority = details.Priority;
        ThemeId = details.ThemeId;
        DeliveryRoute = details.DeliveryRoute;
        DeliveryDetail = Blank(details.DeliveryDetail);
        if (details.DeliveryRoute == Recommendations.DeliveryRoute.Programme && DeliveryDetail is null)
        {
            throw new DomainException("Name the programme that delivers this recommendation");
        }

        OwnerId = details.OwnerId;
        OwnerText = details.OwnerId is null ? Blank(details.OwnerText) : null;
        DueDate = details.DueDate;
    }

    private void RequireProposed()
    {
        if (Status != RecommendationStatus.ProposedForClosure)
        {
            throw new DomainException("Closure has not been proposed for this recommendation");
        }
    }

    private void Move(RecommendationStatus to, RecommendationEventKind kind, string? text, Actor actor)
    {
        var from = status;
        status = to;
        Record(kind, text, to, actor, from);
    }

    private void Record(RecommendationEventKind kind, string? text, RecommendationStatus to, Actor actor, RecommendationStatus? from = null) =>
        History.Add(new RecommendationEvent
        {
            Kind = kind,
            Text = text is { Length: > ReasonMaxLength } ? text[..ReasonMaxLength] : text,
            FromStatus = from,
            ToStatus = to,
            ByUserId = actor.UserId,
            ByName = actor.Name,
            AtUtc = actor.AtUtc,
        });

    private static string Day(DateOnly? day) => day?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) ?? "none";

    private static string Required(string? text, string what) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainException($"Enter the {what}") : text.Trim();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What a recommendation says and how it is delivered, as entered or imported.</summary>
public sealed record RecommendationDetails(
    string Reference,
    string Text,
    RecommendationPriority? Priority,
    int? ThemeId,
    DeliveryRoute? DeliveryRoute,
    string? DeliveryDetail,
    int? OwnerId,
    string? OwnerText,
    DateOnly? DueDate);

public enum RecommendationEventKind
{
    Raised,
    Started,
    DueDateChanged,
    ClosureProposed,
    ClosureAccepted,
    ClosureRejected,
    Reopened,
}

/// <summary>A line of a recommendation's history: what happened, the status it left it in, who and when.</summary>
public class RecommendationEvent : Entity, IAudited
{
    public int RecommendationId { get; set; }

    public RecommendationEventKind Kind { get; set; }

    public string? Text { get; set; }

    public RecommendationStatus? FromStatus { get; set; }

    public RecommendationStatus ToStatus { get; set; }

    public string? ByUserId { get; set; }

    public string ByName { get; set; } = string.Empty;

    public DateTime AtUtc { get; set; }
}

/// <summary>An improvement action that delivers (part of) a recommendation.</summary>
public class RecommendationActionLink : Entity, IAudited
{
    public int RecommendationId { get; set; }

    public int ActionId { get; set; }

    public ImprovementAction? Action { get; set; }
}

/// <summary>
/// The rules that say where a recommendation stands, written once: as expressions EF Core translates (the register,
/// the summary tables) and, compiled, as the recommendation's own properties.
/// </summary>
public static class RecommendationRules
{
    /// <summary>Open: anything but closed (proposed for closure is still open until the second key).</summary>
    public static readonly Expression<Func<Recommendation, bool>> IsOpen = r => r.Status != RecommendationStatus.Closed;

    private static readonly Expression<Func<Recommendation, DateOnly, bool>> OverdueOn =
        (r, today) => r.Status != RecommendationStatus.Closed && r.DueDate != null && r.DueDate < today;

    private static readonly Func<Recommendation, bool> IsOpenCompiled = IsOpen.Compile();
    private static readonly Func<Recommendation, DateOnly, bool> OverdueOnCompiled = OverdueOn.Compile();

    /// <summary>Overdue on <paramref name="today"/>: open and its due date has passed.</summary>
    public static Expression<Func<Recommendation, bool>> IsOverdue(DateOnly today)
    {
        var holder = new Holder(today);
        var argument = Expression.Property(Expression.Constant(holder), nameof(Holder.Value));
        var body = new Replace(OverdueOn.Parameters[1], argument).Visit(OverdueOn.Body)!;
        return Expression.Lambda<Func<Recommendation, bool>>(body, OverdueOn.Parameters[0]);
    }

    public static bool Open(Recommendation recommendation) => IsOpenCompiled(recommendation);

    public static bool Overdue(Recommendation recommendation, DateOnly today) => OverdueOnCompiled(recommendation, today);

    private sealed record Holder(DateOnly Value);

    private sealed class Replace(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}

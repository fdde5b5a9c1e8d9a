using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Actions;

/// <summary>The review queue: updates and completion reports awaiting the governance team (or internal audit), oldest first.</summary>
public sealed record ListPendingUpdatesQuery : IQuery<IReadOnlyList<PendingUpdateRow>>;

public sealed record PendingUpdateRow(int ActionId, string Code, string Description, string OrganisationName, string PlanTitle, UpdateKind Kind, string SubmittedByName, DateTime SubmittedAtUtc, bool CanReview);

public sealed class ListPendingUpdatesHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<ListPendingUpdatesQuery, IReadOnlyList<PendingUpdateRow>>
{
    public async ValueTask<IReadOnlyList<PendingUpdateRow>> Handle(ListPendingUpdatesQuery query, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().ToListAsync(cancellationToken);
        var reviewable = organisations
            .Where(o => AccessMatrix.Allows(user, Permission.ManageImprovementPlan, o.Code) || AccessMatrix.Allows(user, Permission.VerifyActionCompletion, o.Code))
            .Select(o => o.Id)
            .ToList();
        var rows = await db.ActionUpdates.AsNoTracking()
            .Where(u => u.Review == UpdateReview.Pending && reviewable.Contains(u.Action!.Area!.Plan!.OrganisationId))
            .OrderBy(u => u.SubmittedAtUtc)
            .Select(u => new
            {
                u.ActionId,
                u.Action!.Code,
                u.Action.Description,
                u.Action.Area!.Plan!.Organisation!.ShortName,
                OrganisationCode = u.Action.Area.Plan.Organisation.Code,
                u.Action.Area.Plan.Title,
                u.Kind,
                u.SubmittedByName,
                u.SubmittedByUserId,
                u.SubmittedAtUtc,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new PendingUpdateRow(
            r.ActionId, r.Code, r.Description, r.ShortName, r.Title, r.Kind, r.SubmittedByName, r.SubmittedAtUtc,
            r.Kind == UpdateKind.CompletionReport
                ? AccessMatrix.Allows(user, Permission.VerifyActionCompletion, r.OrganisationCode) && r.SubmittedByUserId != user.UserId
                : AccessMatrix.Allows(user, Permission.ManageImprovementPlan, r.OrganisationCode)))];
    }
}

/// <summary>Requests for a new due date awaiting the governance team, oldest first (on open actions only).</summary>
public sealed record ListPendingDateRequestsQuery : IQuery<IReadOnlyList<PendingDateRequestRow>>;

public sealed record PendingDateRequestRow(int ActionId, string Code, string Description, string OrganisationName, string PlanTitle, DateOnly? CurrentDueDate, DateOnly RequestedDueDate, string RequestedByName, DateTime RequestedAtUtc, bool CanDecide);

public sealed class ListPendingDateRequestsHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<ListPendingDateRequestsQuery, IReadOnlyList<PendingDateRequestRow>>
{
    public async ValueTask<IReadOnlyList<PendingDateRequestRow>> Handle(ListPendingDateRequestsQuery query, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().ToListAsync(cancellationToken);
        var managed = organisations.Where(o => AccessMatrix.Allows(user, Permission.ManageImprovementPlan, o.Code)).Select(o => o.Id).ToList();
        var open = new[] { ActionStatus.NotStarted, ActionStatus.InProgress, ActionStatus.ReportedComplete };
        var rows = await db.DueDateRequests.AsNoTracking()
            .Where(r => r.Decision == DueDateRequestDecision.Pending && managed.Contains(r.Action!.Area!.Plan!.OrganisationId) && open.Contains(r.Action.Status))
            .OrderBy(r => r.RequestedAtUtc)
            .Select(r => new
            {
                r.ActionId,
                r.Action!.Code,
                r.Action.Description,
                r.Action.Area!.Plan!.Organisation!.ShortName,
                r.Action.Area.Plan.Title,
                r.CurrentDueDate,
                r.RequestedDueDate,
                r.RequestedByName,
                r.RequestedByUserId,
                r.RequestedAtUtc,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new PendingDateRequestRow(
            r.ActionId, r.Code, r.Description, r.ShortName, r.Title, r.CurrentDueDate, r.RequestedDueDate, r.RequestedByName, r.RequestedAtUtc,
            r.RequestedByUserId is null || r.RequestedByUserId != user.UserId))];
    }
}

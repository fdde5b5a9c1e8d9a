using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
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

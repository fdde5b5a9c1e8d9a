using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Actions;

/// <summary>
/// Loads an action for a change on one of its pages: with its area, plan and organisation (whose RAG rule the action's
/// own methods rate it by), owner, updates and date requests, expecting the version the user's form was read at. Who
/// may change it was checked before the handler ran (<see cref="Security.AuthorizationBehavior{TMessage, TResponse}"/>).
/// </summary>
internal static class ActionLoader
{
    public static async Task<ImprovementAction> ForChangeAsync(GovernancePortalDbContext db, int actionId, Guid version, CancellationToken cancellationToken)
    {
        var action = await db.ImprovementActions.AsSplitQuery()
            .Include(a => a.Area!).ThenInclude(a => a.Plan!).ThenInclude(p => p.Organisation)
            .Include(a => a.Owner)
            .Include(a => a.Updates)
            .Include(a => a.DateRequests)
            .SingleOrDefaultAsync(a => a.Id == actionId, cancellationToken)
            ?? throw new NotFoundException("There is no such improvement action.");
        db.ExpectVersion(action, version, ImprovementScope.ConflictMessage(action), () => ImprovementScope.ConflictValues(action));
        return action;
    }
}

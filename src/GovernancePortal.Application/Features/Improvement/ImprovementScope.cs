using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement;

/// <summary>Shared checks of the improvement-plan use cases: which organisation, may the user act, is it their action.</summary>
public static class ImprovementScope
{
    /// <summary>Codes of the organisations whose plans the user may read.</summary>
    public static async Task<List<Organisation>> VisibleOrganisationsAsync(GovernancePortalDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var all = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).ToListAsync(cancellationToken);
        return [.. all.Where(o => AccessMatrix.Allows(user, Permission.ViewImprovementPlan, o.Code))];
    }

    /// <summary>An action with its area, plan and organisation (tracked), after checking the user may read it.</summary>
    public static async Task<ImprovementAction> ActionAsync(
        GovernancePortalDbContext db, ICurrentUser user, int actionId, Permission permission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var action = await db.ImprovementActions
            .Include(a => a.Area!).ThenInclude(a => a.Plan!).ThenInclude(p => p.Organisation)
            .Include(a => a.Owner)
            .SingleOrDefaultAsync(a => a.Id == actionId, cancellationToken)
            ?? throw new NotFoundException("There is no such improvement action.");
        AccessMatrix.Demand(user, permission, action.Area!.Plan!.Organisation!.Code);
        return action;
    }

    /// <summary>
    /// Sets the version the user's form was based on, so saving over someone else's later change fails as a conflict
    /// instead of silently overwriting it.
    /// </summary>
    public static void ExpectVersion(GovernancePortalDbContext db, IVersioned record, Guid version)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(record);
        if (record.Version != version)
        {
            throw new ConcurrencyConflictException(
                "Someone else changed this action after you opened it. Check the action as it is now, then try again: what you typed is still below.",
                new Dictionary<string, string?>());
        }

        // Every change to an action (even one that only adds an update beneath it) rewrites its version, so two people
        // acting on the same version cannot both succeed.
        var property = db.Entry(record).Property(nameof(IVersioned.Version));
        property.OriginalValue = version;
        property.IsModified = true;
    }

    /// <summary>The people (posts) linked to the user's account: the owners whose actions are "mine".</summary>
    public static async Task<List<int>> MyPeopleAsync(GovernancePortalDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (user.UserId is null)
        {
            return [];
        }

        return await db.People.AsNoTracking().Where(p => p.UserId == user.UserId).Select(p => p.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Owners report on their own actions; the governance team (ManageImprovementPlan) may report on anyone's behalf.
    /// </summary>
    public static async Task DemandCanReportAsync(GovernancePortalDbContext db, ICurrentUser user, ImprovementAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var organisation = action.Area!.Plan!.Organisation!.Code;
        AccessMatrix.Demand(user, Permission.ReportActionProgress, organisation);
        if (AccessMatrix.Allows(user, Permission.ManageImprovementPlan, organisation))
        {
            return;
        }

        var mine = await MyPeopleAsync(db, user, cancellationToken);
        if (action.OwnerId is not { } owner || !mine.Contains(owner))
        {
            throw new ForbiddenException($"Only the owner of {action.Code} (or the governance team) can report on it.");
        }
    }

    /// <summary>The user as recorded on the records they change: account display name and the time now.</summary>
    public static async Task<Actor> ActorAsync(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(time);
        return new Actor(user.UserId, await UserDisplayName.OfAsync(db, user, cancellationToken), time.GetUtcNow().UtcDateTime);
    }
}

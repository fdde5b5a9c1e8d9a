using System.Globalization;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Organisations;
using GovernancePortal.Infrastructure.Data;
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

    /// <summary>Saves a change to an action; if someone else saved it meanwhile, the conflict shows their values.</summary>
    public static async Task SaveActionAsync(GovernancePortalDbContext db, ImprovementAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw await ActionConflictAsync(db, action.Id, cancellationToken);
        }
    }

    /// <summary>The conflict for an action changed by someone else: its values as they are now saved, in the words of its page.</summary>
    public static async Task<ConcurrencyConflictException> ActionConflictAsync(GovernancePortalDbContext db, int actionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var action = await db.ImprovementActions.AsNoTracking().AsSplitQuery()
            .Include(x => x.Area).Include(x => x.Owner).Include(x => x.Updates).Include(x => x.DateRequests)
            .SingleAsync(x => x.Id == actionId, cancellationToken);
        return new ConcurrencyConflictException(ConflictMessage(action), ConflictValues(action));
    }

    /// <summary>What a conflict on <paramref name="action"/> says.</summary>
    public static string ConflictMessage(ImprovementAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return $"Someone else changed {action.Code} after you opened it. It is shown below as it is now saved; what you typed is still in the form. Check it, then send again.";
    }

    /// <summary>The action's saved values in the words of its page (loaded with its area, owner, updates and date requests).</summary>
    public static IReadOnlyDictionary<string, string?> ConflictValues(ImprovementAction a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var en = CultureInfo.GetCultureInfo("en-GB");
        string? Date(DateOnly? date) => date?.ToString("d MMMM yyyy", en);
        var latest = a.Updates.MaxBy(u => u.SubmittedAtUtc);
        var request = a.DateRequests.FirstOrDefault(r => r.IsPending);
        var values = new Dictionary<string, string?>
        {
            ["Improvement area"] = a.Area is null ? null : $"{a.Area.DisplayCode} {a.Area.Title}",
            ["Code"] = a.Code,
            ["Action"] = a.Description,
            ["Owner"] = a.Owner?.DisplayName ?? a.OwnerText,
            ["Source"] = a.Source is null ? null : a.Source.Value.DisplayName() + (a.SourceReference is null ? null : $": {a.SourceReference}"),
            ["Due date"] = Date(a.DueDate) + (a.RevisionCount switch { 0 => null, 1 => " (revised once)", var n => $" (revised {n} times)" }),
            ["Status"] = a.Status.DisplayName(),
            ["RAG"] = a.RagOverride is { } rag
                ? $"{rag} (override): {a.RagOverrideRationale}"
                : a.Rag?.ToString() ?? "Not rated",
            ["Latest update"] = latest is null
                ? null
                : $"{(latest.Kind == UpdateKind.CompletionReport ? "Reported complete" : "Progress update")} from {latest.SubmittedByName}, {Date(DateOnly.FromDateTime(latest.SubmittedAtUtc))} ({latest.Review.DisplayName(latest.Kind).ToLowerInvariant()}): {latest.Narrative}",
        };
        if (request is not null)
        {
            values["Request for a new due date"] = $"{Date(request.RequestedDueDate)}, from {request.RequestedByName}: {request.Reason}";
        }

        return values;
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

    /// <summary>
    /// Reviewing an update needs what the update asks for: verifying a completion report (and never by the person who
    /// reported it: closure needs two people), or managing the plan for a progress update.
    /// </summary>
    public static void DemandCanReview(ICurrentUser user, ImprovementAction action, ActionUpdate update)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(update);
        var organisation = action.Area!.Plan!.Organisation!.Code;
        if (update.Kind == UpdateKind.CompletionReport)
        {
            AccessMatrix.Demand(user, Permission.VerifyActionCompletion, organisation);
            if (update.SubmittedByUserId is not null && update.SubmittedByUserId == user.UserId)
            {
                throw new ForbiddenException("Closure needs two people: someone other than the person who reported the action complete must verify it.");
            }
        }
        else
        {
            AccessMatrix.Demand(user, Permission.ManageImprovementPlan, organisation);
        }
    }

    /// <summary>The user as recorded on the records they change: account display name and the time now.</summary>
    public static Task<Actor> ActorAsync(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, CancellationToken cancellationToken) =>
        CurrentActor.OfAsync(db, user, time, cancellationToken);
}

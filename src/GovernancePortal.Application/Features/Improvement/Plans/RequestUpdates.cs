using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement.Register;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Domain.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Plans;

/// <summary>
/// Open actions of an organisation that need an update: due within the organisation's update window (or overdue) and
/// with no update awaiting review.
/// </summary>
public sealed record GetUpdatesDueQuery(string Organisation) : IQuery<UpdatesDue>;

public sealed record UpdatesDue(string OrganisationCode, string OrganisationName, int WindowDays, DateOnly Today, string RagRule, IReadOnlyList<RegisterRow> Actions);

public sealed class GetUpdatesDueHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<GetUpdatesDueQuery, UpdatesDue>
{
    public async ValueTask<UpdatesDue> Handle(GetUpdatesDueQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organisation = await Framework.FrameworkScope.OrganisationAsync(db, user, query.Organisation, Permission.ManageImprovementPlan, cancellationToken);
        var today = time.Today();
        var rows = await RegisterQuery.Project(RegisterQuery.Sort(UpdatesDueFilter.Apply(db, organisation.Id, today.AddDays(organisation.UpdateWindowDays)), "due"))
            .ToListAsync(cancellationToken);
        return new UpdatesDue(organisation.Code, organisation.ShortName, organisation.UpdateWindowDays, today, organisation.RagRule.Description, rows);
    }
}

/// <summary>Asks the owners of the actions due an update to send one by <see cref="By"/>; shown on their "My actions".</summary>
public sealed record RequestUpdatesCommand(string Organisation, DateOnly? By) : ICommand<int>, IOrganisationScoped
{
    public Permission Permission => Permission.ManageImprovementPlan;

    public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
}

public sealed class RequestUpdatesHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<RequestUpdatesCommand, int>
{
    public async ValueTask<int> Handle(RequestUpdatesCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var organisation = await Framework.FrameworkScope.OrganisationAsync(db, user, command.Organisation, Permission.ManageImprovementPlan, cancellationToken);
        var today = time.Today();
        if (command.By is not { } by || by < today)
        {
            throw Validation.Fail(nameof(RequestUpdatesCommand.By), "Enter the date updates are due by, today or later");
        }

        var actions = await UpdatesDueFilter.Apply(db, organisation.Id, today.AddDays(organisation.UpdateWindowDays)).AsTracking().ToListAsync(cancellationToken);
        foreach (var action in actions)
        {
            action.UpdateRequestedBy = by;
        }

        await db.SaveChangesAsync(cancellationToken);
        return actions.Count;
    }
}

internal static class UpdatesDueFilter
{
    public static IQueryable<ImprovementAction> Apply(GovernancePortalDbContext db, int organisationId, DateOnly dueBy)
    {
        var open = new[] { ActionStatus.NotStarted, ActionStatus.InProgress };
        return db.ImprovementActions.AsNoTracking()
            .Where(a => a.Area!.Plan!.OrganisationId == organisationId && a.Area.Plan.Status == PlanStatus.Active)
            .Where(a => open.Contains(a.Status) && a.DueDate != null && a.DueDate <= dueBy)
            .Where(a => !a.Updates.Any(u => u.Review == UpdateReview.Pending));
    }
}

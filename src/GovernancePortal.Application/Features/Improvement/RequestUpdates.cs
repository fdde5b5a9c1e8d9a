using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement.Register;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement;

/// <summary>Asks the owners of the open actions due an update to send one by a date; shown on their "My actions".</summary>
public static class RequestUpdates
{
    /// <summary>
    /// Open actions of an organisation that need an update: due within the organisation's update window (or overdue) and
    /// with no update awaiting review.
    /// </summary>
    public sealed record Query(string Organisation) : IQuery<Due>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed record Due(string OrganisationCode, string OrganisationName, int WindowDays, DateOnly Today, string RagRule, IReadOnlyList<RegisterRow> Actions);

    public sealed class QueryHandler(GovernancePortalDbContext db, TimeProvider time) : IQueryHandler<Query, Due>
    {
        public async ValueTask<Due> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var organisation = await Framework.FrameworkScope.OrganisationAsync(db, query.Organisation, cancellationToken);
            var today = time.Today();
            var rows = await RegisterQuery.Project(RegisterQuery.Sort(DueFilter.Apply(db, organisation.Id, today.AddDays(organisation.UpdateWindowDays)), "due"), today)
                .ToListAsync(cancellationToken);
            return new Due(organisation.Code, organisation.ShortName, organisation.UpdateWindowDays, today, organisation.RagRule.Description, rows);
        }
    }

    /// <summary>Asks the owners of the actions due an update to send one by <see cref="By"/>; shown on their "My actions".</summary>
    /// <summary>What the page's form posts: the date updates are due by, as its three boxes.</summary>
    public sealed record Form
    {
        public DateParts By { get; set; } = new();
    }

    public sealed record Command(string Organisation, DateOnly? By) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.Organisation(Organisation);
    }

    public sealed class Handler(GovernancePortalDbContext db, TimeProvider time) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var organisation = await Framework.FrameworkScope.OrganisationAsync(db, command.Organisation, cancellationToken);
            var today = time.Today();
            if (command.By is not { } by || by < today)
            {
                throw Validation.Fail(nameof(Command.By), "Enter the date updates are due by, today or later");
            }

            var actions = await DueFilter.Apply(db, organisation.Id, today.AddDays(organisation.UpdateWindowDays)).AsTracking().ToListAsync(cancellationToken);
            foreach (var action in actions)
            {
                action.UpdateRequestedBy = by;
            }

            await db.SaveChangesAsync(cancellationToken);
            return actions.Count;
        }
    }

    /// <summary>Open actions still with their owner (<see cref="ActionRules.AwaitsOwnerUpdate"/>), due by a date, with no update awaiting review.</summary>
    internal static class DueFilter
    {
        public static IQueryable<ImprovementAction> Apply(GovernancePortalDbContext db, int organisationId, DateOnly dueBy)
        {
            return db.ImprovementActions.AsNoTracking()
                .Where(a => a.Area!.Plan!.OrganisationId == organisationId && a.Area.Plan.Status == PlanStatus.Active)
                .Where(ActionRules.AwaitsOwnerUpdate)
                .Where(a => a.DueDate != null && a.DueDate <= dueBy)
                .Where(a => !a.Updates.Any(u => u.Review == UpdateReview.Pending));
        }
    }
}

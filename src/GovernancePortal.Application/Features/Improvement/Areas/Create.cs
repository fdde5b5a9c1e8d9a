using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement.Areas;

/// <summary>Adds an improvement area to a plan. Returns its id.</summary>
public static class AddImprovementArea
{
    /// <summary>The form's choices: the organisation's people, principles and governance areas.</summary>
    public sealed record Query(int PlanId) : IQuery<ImprovementAreaForm>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.Plan(PlanId);
    }

    /// <summary>The page binds the command as its form (Input); the plan comes from the route.</summary>
    public sealed record Command : AreaFields, ICommand<int>, IOrganisationScoped
    {
        public int PlanId { get; set; }

        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.Plan(PlanId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() => AreaFieldRules.Add(this);
    }

    public sealed class Handler(GovernancePortalDbContext db, IMediator mediator) : IQueryHandler<Query, ImprovementAreaForm>, ICommandHandler<Command, int>
    {
        public ValueTask<ImprovementAreaForm> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return mediator.Send(new GetImprovementAreaFormQuery(query.PlanId), cancellationToken);
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            return await AreaSaving.SaveAsync(db, command.PlanId, null, command, cancellationToken);
        }
    }
}

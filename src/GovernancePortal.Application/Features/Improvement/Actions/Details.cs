using GovernancePortal.Application.Security;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement.Actions;

/// <summary>An action with everything about it (the shared <see cref="GetActionQuery"/>): the page every action link leads to.</summary>
public static class ShowAction
{
    public sealed record Query(int ActionId) : IQuery<ActionDetails>, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.ImprovementAction(ActionId);
    }

    public sealed class Handler(IMediator mediator) : IQueryHandler<Query, ActionDetails>
    {
        public ValueTask<ActionDetails> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return mediator.Send(new GetActionQuery(query.ActionId), cancellationToken);
        }
    }
}

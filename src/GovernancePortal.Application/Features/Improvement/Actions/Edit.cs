using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement.Actions;

/// <summary>
/// Changes an action. Its due date is set here only when it has none yet: later changes go through 'Revise due date',
/// which records them in the slippage ledger.
/// </summary>
public static class EditAction
{
    /// <summary>The form's choices for the action's plan.</summary>
    public sealed record Query(int PlanId, int ActionId) : IQuery<ActionForm>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.Plan(PlanId);
    }

    /// <summary>What the page's form posts .</summary>
    public sealed record Form : ActionFields;

    public sealed record Command(
        int ActionId, int PlanId, int? AreaId, string? Code, string? Description, int? OwnerId, ActionSource? Source, string? SourceReference, DateOnly? DueDate, Guid Version)
        : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.Plan(PlanId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() => ActionFieldRules.Add(this, c => c.AreaId, c => c.Code, c => c.Description, c => c.SourceReference);
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, IMediator mediator)
        : IQueryHandler<Query, ActionForm>, ICommandHandler<Command, int>
    {
        public ValueTask<ActionForm> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return mediator.Send(new GetActionFormQuery(query.PlanId, query.ActionId), cancellationToken);
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var fields = new Form
            {
                AreaId = command.AreaId,
                Code = command.Code,
                Description = command.Description,
                OwnerId = command.OwnerId,
                Source = command.Source,
                SourceReference = command.SourceReference,
                Version = command.Version,
            };
            return await ActionSaving.SaveAsync(db, user, time, command.PlanId, command.ActionId, fields, command.DueDate, cancellationToken);
        }
    }
}

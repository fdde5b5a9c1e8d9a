using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement.Actions;

/// <summary>The governance team sets an action's RAG by hand, with the reason, or removes the override.</summary>
public static class OverrideRag
{
    public sealed record Form
    {
        public RagStatus? Rag { get; set; }

        public string? Rationale { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int ActionId, Guid Version, RagStatus? Rag, string? Rationale, bool Clear = false) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.ImprovementAction(ActionId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Rag).NotNull().When(c => !c.Clear).WithMessage("Choose the RAG rating to set");
            this.RuleForCleaned(c => c.Rationale, CleanText.Multiline)
                .NotEmpty().When(c => !c.Clear).WithMessage("Give the reason for overriding the calculated RAG")
                .MaximumLength(ImprovementAction.RationaleMaxLength).WithMessage($"The reason must be {ImprovementAction.RationaleMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var action = await ActionLoader.ForChangeAsync(db, command.ActionId, command.Version, cancellationToken);
            var actor = await ImprovementScope.ActorAsync(db, user, time, cancellationToken);
            if (command.Clear)
            {
                action.ClearRagOverride(actor);
            }
            else
            {
                action.OverrideRag(command.Rag!.Value, CleanText.Multiline(command.Rationale)!, actor);
            }

            await ImprovementScope.SaveActionAsync(db, action, cancellationToken);
            return Unit.Value;
        }
    }
}

using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement.Actions;

/// <summary>The first key of closure: the owner reports the action complete, with evidence; the governance team verifies it.</summary>
public static class ReportComplete
{
    public sealed record Form
    {
        public string? Narrative { get; set; }

        public string? Evidence { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int ActionId, Guid Version, string? Narrative, string? Evidence) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ReportActionProgress;

        public ScopeTarget Scope => ScopeTarget.ImprovementAction(ActionId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            this.RuleForCleaned(c => c.Narrative, CleanText.Multiline)
                .NotEmpty().WithMessage("Describe what was done")
                .MaximumLength(TextLimits.MediumText).WithMessage($"What was done must be {TextLimits.MediumText:N0} characters or fewer");
            this.RuleForCleaned(c => c.Evidence, CleanText.Multiline)
                .NotEmpty().WithMessage("Say where the evidence of completion is")
                .MaximumLength(TextLimits.MediumText).WithMessage($"Evidence must be {TextLimits.MediumText:N0} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var action = await ActionLoader.ForChangeAsync(db, command.ActionId, command.Version, cancellationToken);
            action.ReportComplete(CleanText.Multiline(command.Narrative)!, CleanText.Multiline(command.Evidence)!, await ImprovementScope.ActorAsync(db, user, time, cancellationToken));
            await ImprovementScope.SaveActionAsync(db, action, cancellationToken);
            return Unit.Value;
        }
    }
}

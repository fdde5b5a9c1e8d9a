using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement.Actions;

/// <summary>The owner reports progress on their action: a dated update the governance team reviews.</summary>
public static class SubmitUpdate
{
    /// <summary>What the page's form posts.</summary>
    public sealed record Form
    {
        public string? Narrative { get; set; }

        public OwnerAssessment? Assessment { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int ActionId, Guid Version, string? Narrative, OwnerAssessment? Assessment) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ReportActionProgress;

        public ScopeTarget Scope => ScopeTarget.ImprovementAction(ActionId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            this.RuleForCleaned(c => c.Narrative, CleanText.Multiline)
                .NotEmpty().WithMessage("Describe the progress made")
                .MaximumLength(TextLimits.MediumText).WithMessage($"Progress must be {TextLimits.MediumText:N0} characters or fewer");
            RuleFor(c => c.Assessment).NotNull().WithMessage("Say whether the action is on track or at risk");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var action = await ActionLoader.ForChangeAsync(db, command.ActionId, command.Version, cancellationToken);
            action.SubmitUpdate(CleanText.Multiline(command.Narrative)!, command.Assessment!.Value, await ImprovementScope.ActorAsync(db, user, time, cancellationToken));
            await ImprovementScope.SaveActionAsync(db, action, cancellationToken);
            return Unit.Value;
        }
    }
}

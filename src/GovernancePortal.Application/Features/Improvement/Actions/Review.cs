using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement.Actions;

/// <summary>
/// The governance team accepts or returns the update awaiting review; for a completion report this is the second key
/// (verify, or reject, the completion).
/// </summary>
public static class ReviewUpdate
{
    public sealed record Form
    {
        public int UpdateId { get; set; }

        public string? Comment { get; set; }

        public Guid Version { get; set; }
    }

    /// <summary>
    /// Reading the plan is checked in the pipeline; which permission the review needs depends on the update (verifying
    /// a completion, or managing the plan for a progress update), so the handler checks that with
    /// <see cref="ImprovementScope.DemandCanReview"/>.
    /// </summary>
    public sealed record Command(int ActionId, int UpdateId, Guid Version, bool Accept, string? Comment) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ViewImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.ImprovementAction(ActionId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            this.RuleForCleaned(c => c.Comment, CleanText.Multiline)
                .NotEmpty().When(c => !c.Accept).WithMessage("Give the reason, so the owner knows what to change")
                .MaximumLength(ActionUpdate.CommentMaxLength).WithMessage($"The comment must be {ActionUpdate.CommentMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var action = await ActionLoader.ForChangeAsync(db, command.ActionId, command.Version, cancellationToken);
            var update = action.Updates.SingleOrDefault(u => u.Id == command.UpdateId)
                ?? throw new NotFoundException("There is no such update on this action.");
            ImprovementScope.DemandCanReview(user, action, update);
            var comment = CleanText.Multiline(command.Comment);
            var actor = await ImprovementScope.ActorAsync(db, user, time, cancellationToken);
            if (command.Accept)
            {
                action.AcceptUpdate(update, comment, actor);
            }
            else
            {
                action.ReturnUpdate(update, comment!, actor);
            }

            await ImprovementScope.SaveActionAsync(db, action, cancellationToken);
            return Unit.Value;
        }
    }
}

using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement.Actions;

/// <summary>The governance team approves or refuses an owner's request for a new due date (never the person who asked).</summary>
public static class DecideDueDateRequest
{
    public sealed record Form
    {
        public int RequestId { get; set; }

        public string? Comment { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int ActionId, int RequestId, Guid Version, bool Approve, string? Comment) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.ImprovementAction(ActionId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            this.RuleForCleaned(c => c.Comment, CleanText.Multiline)
                .NotEmpty().When(c => !c.Approve).WithMessage("Say why the new date is refused, so the owner knows")
                .MaximumLength(DueDateRequest.CommentMaxLength).WithMessage($"The comment must be {DueDateRequest.CommentMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var action = await ActionLoader.ForChangeAsync(db, command.ActionId, command.Version, cancellationToken);
            var request = action.DateRequests.SingleOrDefault(r => r.Id == command.RequestId)
                ?? throw new NotFoundException("There is no such request for a new due date on this action.");
            if (request.RequestedByUserId is not null && request.RequestedByUserId == user.UserId)
            {
                throw new ForbiddenException("Someone other than the person who asked for the new date must decide it.");
            }

            var actor = await ImprovementScope.ActorAsync(db, user, time, cancellationToken);
            var comment = CleanText.Multiline(command.Comment);
            if (command.Approve)
            {
                action.ApproveDateRequest(request, comment, actor);
            }
            else
            {
                action.RefuseDateRequest(request, comment, actor);
            }

            await ImprovementScope.SaveActionAsync(db, action, cancellationToken);
            return Unit.Value;
        }
    }
}

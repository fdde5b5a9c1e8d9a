using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Actions;

/// <summary>
/// The governance team sets or moves the due date itself: they approve it, and it was asked for by them or, when
/// <see cref="Command.ForOwner"/>, by the action's owner they act for. Every change goes in the slippage ledger.
/// </summary>
public static class ReviseDueDate
{
    /// <summary>What the page's form posts: the date's three boxes, the reason and who asked.</summary>
    public sealed record Form
    {
        public DateParts NewDueDate { get; set; } = new();

        public string? Reason { get; set; }

        /// <summary>The owner asked for the new date (the governance team records it for them).</summary>
        public bool ForOwner { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int ActionId, Guid Version, DateOnly? NewDueDate, string? Reason, bool ForOwner = false) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.ImprovementAction(ActionId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.NewDueDate).NotNull().WithMessage("Enter the new due date as a real date, for example 31 3 2027");
            this.RuleForCleaned(c => c.Reason, CleanText.Multiline)
                .NotEmpty().WithMessage("Give the reason the due date is changing")
                .MaximumLength(DueDateRevision.ReasonMaxLength).WithMessage($"The reason must be {DueDateRevision.ReasonMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var action = await ActionLoader.ForChangeAsync(db, command.ActionId, command.Version, cancellationToken);
            var actor = await ImprovementScope.ActorAsync(db, user, time, cancellationToken);
            Actor? requestedBy = null;
            if (command.ForOwner)
            {
                var owner = action.Owner ?? throw Validation.Fail(nameof(Command.ForOwner), $"{action.Code} has no named owner: record the change as your own");
                var account = owner.UserId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == owner.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
                requestedBy = new Actor(account is null ? null : owner.UserId, account ?? owner.DisplayName, actor.AtUtc);
            }

            action.ReviseDueDate(command.NewDueDate!.Value, CleanText.Multiline(command.Reason), actor, requestedBy);
            await ImprovementScope.SaveActionAsync(db, action, cancellationToken);
            return Unit.Value;
        }
    }
}

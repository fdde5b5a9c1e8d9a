using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement.Actions;

/// <summary>The owner asks for a new due date, with the reason; the governance team decides (<see cref="DecideDueDateRequest"/>).</summary>
public static class RequestDueDate
{
    /// <summary>What the page's form posts: the date's three boxes and the reason.</summary>
    public sealed record Form
    {
        public DateParts NewDueDate { get; set; } = new();

        public string? Reason { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int ActionId, Guid Version, DateOnly? NewDueDate, string? Reason) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ReportActionProgress;

        public ScopeTarget Scope => ScopeTarget.ImprovementAction(ActionId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.NewDueDate).NotNull().WithMessage("Enter the due date you are asking for as a real date, for example 31 3 2027");
            this.RuleForCleaned(c => c.Reason, CleanText.Multiline)
                .NotEmpty().WithMessage("Give the reason a new due date is needed")
                .MaximumLength(DueDateRequest.ReasonMaxLength).WithMessage($"The reason must be {DueDateRequest.ReasonMaxLength:N0} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var action = await ActionLoader.ForChangeAsync(db, command.ActionId, command.Version, cancellationToken);
            action.RequestDueDate(command.NewDueDate!.Value, CleanText.Multiline(command.Reason), await ImprovementScope.ActorAsync(db, user, time, cancellationToken));
            await ImprovementScope.SaveActionAsync(db, action, cancellationToken);
            return Unit.Value;
        }
    }
}

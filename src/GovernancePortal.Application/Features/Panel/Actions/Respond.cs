using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Panel.Actions;

/// <summary>
/// Records the response to a matter arising (/panel/actions/{id}/respond), optionally closing it with that response; a
/// closed one can be reopened here.
/// </summary>
public static class RespondToPanelAction
{
    public sealed record Query(int ActionId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.PanelAction(ActionId);
    }

    public sealed record View(ActionHeading Action, Form Input);

    public sealed class Form
    {
        public string? Response { get; set; }

        public bool Close { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int ActionId, Guid Version, string? Response, bool Close) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.PanelAction(ActionId);
    }

    public sealed record Reopen(int ActionId, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.PanelAction(ActionId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator() =>
            this.RuleForCleaned(c => c.Response, CleanText.Multiline)
                .NotEmpty().WithMessage("Enter the response")
                .MaximumLength(PanelAction.ResponseMaxLength).WithMessage($"The response must be {PanelAction.ResponseMaxLength} characters or fewer");
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, View>, ICommandHandler<Command>, ICommandHandler<Reopen>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var action = await ActionHeading.LoadAsync(db, query.ActionId, cancellationToken);
            return new View(ActionHeading.Of(action), new Form { Response = action.Response, Version = action.Version });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var action = await ActionHeading.LoadAsync(db, command.ActionId, cancellationToken, tracking: true);
            db.ExpectVersion(action, command.Version, currentValues: () => new Dictionary<string, string?> { ["Response"] = action.Response });
            action.Respond(CleanText.Multiline(command.Response), command.Close, await CurrentActor.OfAsync(db, user, time, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        public async ValueTask<Unit> Handle(Reopen command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var action = await ActionHeading.LoadAsync(db, command.ActionId, cancellationToken, tracking: true);
            db.ExpectVersion(action, command.Version);
            action.Reopen();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

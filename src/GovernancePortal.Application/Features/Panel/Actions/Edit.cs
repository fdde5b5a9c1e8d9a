using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel.Actions;

/// <summary>Changes an open matter arising (/panel/actions/{id}/edit): the request, its owner and the meeting it is due at.</summary>
public static class EditPanelAction
{
    public sealed record Query(int ActionId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.PanelAction(ActionId);
    }

    /// <summary><see cref="Meetings"/>: those after the one that raised it, by id.</summary>
    public sealed record View(ActionHeading Action, IReadOnlyList<PanelOption> Meetings, Form Input);

    public sealed class Form
    {
        public string? Request { get; set; }

        public string? Owner { get; set; }

        public int? DueMeetingId { get; set; }

        public Guid Version { get; set; }
    }

    public sealed record Command(int ActionId, Guid Version, string? Request, string? Owner, int? DueMeetingId) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.PanelAction(ActionId);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            this.RuleForCleaned(c => c.Request, CleanText.Multiline)
                .NotEmpty().WithMessage("Enter what the Panel asked for")
                .MaximumLength(PanelAction.RequestMaxLength).WithMessage($"The request must be {PanelAction.RequestMaxLength} characters or fewer");
            this.RuleForCleaned(c => c.Owner, CleanText.SingleLine)
                .NotEmpty().WithMessage("Enter the officer who owns the response")
                .MaximumLength(PanelAction.OwnerMaxLength).WithMessage($"The owner must be {PanelAction.OwnerMaxLength} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, View>, ICommandHandler<Command>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var action = await ActionHeading.LoadAsync(db, query.ActionId, cancellationToken);
            var meetings = (await PanelRecords.MeetingDatesAsync(db, cancellationToken)).Where(m => m.Date > action.RaisedAtMeeting!.Date);
            return new View(
                ActionHeading.Of(action),
                [.. meetings.Select(m => new PanelOption(m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), LongDate.Of(m.Date)))],
                new Form { Request = action.Request, Owner = action.Owner, DueMeetingId = action.DueMeetingId, Version = action.Version });
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var action = await ActionHeading.LoadAsync(db, command.ActionId, cancellationToken, tracking: true);
            db.ExpectVersion(action, command.Version, currentValues: () => new Dictionary<string, string?>
            {
                ["Request"] = action.Request,
                ["Owner"] = action.Owner,
            });
            var dueAt = command.DueMeetingId is { } due
                ? await db.PanelMeetings.SingleOrDefaultAsync(m => m.Id == due, cancellationToken)
                    ?? throw Validation.Fail(nameof(Command.DueMeetingId), "Choose the meeting the action is due at from the list")
                : null;
            action.Edit(CleanText.Multiline(command.Request), CleanText.SingleLine(command.Owner), dueAt);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Panel.Actions;

/// <summary>
/// Records a matter arising (/panel/actions/create): the meeting that raised it, the organisation that owes the
/// response and its officer, the request and the meeting it is due at. Numbered PA-1, PA-2… in the order raised.
/// </summary>
public static class RaisePanelAction
{
    public sealed record Query(int? MeetingId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    /// <summary>Meetings by id (by date); organisations by code: those the user runs the panel's business for.</summary>
    public sealed record View(IReadOnlyList<PanelOption> Meetings, IReadOnlyList<PanelOption> Organisations, Form Input);

    public sealed class Form
    {
        public int? RaisedAtMeetingId { get; set; }

        public string? Organisation { get; set; }

        public string? Request { get; set; }

        public string? Owner { get; set; }

        public int? DueMeetingId { get; set; }
    }

    public sealed record Command(int? RaisedAtMeetingId, string? Organisation, string? Request, string? Owner, int? DueMeetingId) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        /// <summary>Without an organisation chosen, any the user runs (the validator then asks for one).</summary>
        public ScopeTarget Scope => string.IsNullOrWhiteSpace(Organisation) ? ScopeTarget.AnyOrganisation : ScopeTarget.Organisation(Organisation);
    }

    public sealed class Validator : UseCaseValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.RaisedAtMeetingId).NotNull().WithMessage("Choose the meeting that raised the action");
            RuleFor(c => c.Organisation).NotEmpty().WithMessage("Choose the organisation that owes the response");
            this.RuleForCleaned(c => c.Request, CleanText.Multiline)
                .NotEmpty().WithMessage("Enter what the Panel asked for")
                .MaximumLength(PanelAction.RequestMaxLength).WithMessage($"The request must be {PanelAction.RequestMaxLength} characters or fewer");
            this.RuleForCleaned(c => c.Owner, CleanText.SingleLine)
                .NotEmpty().WithMessage("Enter the officer who owns the response")
                .MaximumLength(PanelAction.OwnerMaxLength).WithMessage($"The owner must be {PanelAction.OwnerMaxLength} characters or fewer");
        }
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<Query, View>, ICommandHandler<Command, int>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var meetings = await PanelRecords.MeetingDatesAsync(db, cancellationToken);
            var organisations = (await db.Organisations.AsNoTracking().OrderBy(o => o.ShortName).Select(o => new { o.Code, o.ShortName }).ToListAsync(cancellationToken))
                .Where(o => AccessMatrix.Allows(user, Permission.ManagePanel, o.Code)).Select(o => new PanelOption(o.Code, o.ShortName)).ToList();
            return new View(
                [.. meetings.Select(m => new PanelOption(m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), LongDate.Of(m.Date)))],
                organisations,
                new Form
                {
                    RaisedAtMeetingId = meetings.Any(m => m.Id == query.MeetingId) ? query.MeetingId : null,
                    Organisation = organisations.Count == 1 ? organisations[0].Value : null,
                });
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var code = command.Organisation!.Trim().ToUpperInvariant();
            var organisation = await db.Organisations.SingleAsync(o => o.Code == code, cancellationToken);
            var raisedAt = await db.PanelMeetings.SingleOrDefaultAsync(m => m.Id == command.RaisedAtMeetingId, cancellationToken)
                ?? throw Validation.Fail(nameof(Command.RaisedAtMeetingId), "Choose the meeting that raised the action from the list");
            var dueAt = command.DueMeetingId is { } due
                ? await db.PanelMeetings.SingleOrDefaultAsync(m => m.Id == due, cancellationToken)
                    ?? throw Validation.Fail(nameof(Command.DueMeetingId), "Choose the meeting the action is due at from the list")
                : null;
            var number = (await db.PanelActions.Where(a => a.PanelId == raisedAt.PanelId).MaxAsync(a => (int?)a.Number, cancellationToken) ?? 0) + 1;
            var action = PanelAction.Raise(raisedAt, number, organisation.Id, CleanText.Multiline(command.Request), CleanText.SingleLine(command.Owner), dueAt);
            db.PanelActions.Add(action);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The unique (panel, number) index: someone raised one at the same moment. Nothing was saved.
                db.ChangeTracker.Clear();
                throw new Domain.Common.DomainException("Someone raised another action at the same moment: save again to number this one after it");
            }

            return action.Id;
        }
    }
}

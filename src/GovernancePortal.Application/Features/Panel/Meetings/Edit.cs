using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Panel.Meetings;

/// <summary>Reschedules a meeting (/panel/meetings/{id}/edit): date, start time, place, next meeting.</summary>
public static class RescheduleMeeting
{
    public sealed record Query(int MeetingId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    public sealed record View(MeetingHeading Meeting, MeetingForm Input);

    public sealed record Command(int MeetingId, Guid Version, DateParts Date, string? StartsAt, string? Location, bool IsOnline, DateParts NextMeetingOn) : ICommand, IOrganisationScoped, IMeetingFields
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    public sealed class Validator : MeetingFieldsValidator<Command>;

    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, View>, ICommandHandler<Command>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var meeting = await PanelRecords.MeetingAsync(db, query.MeetingId, cancellationToken, tracking: false);
            return new View(PanelRecords.Heading(meeting), MeetingForm.From(meeting));
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var meeting = await PanelRecords.MeetingAsync(db, command.MeetingId, cancellationToken);
            db.ExpectVersion(meeting, command.Version, currentValues: () => new Dictionary<string, string?>
            {
                ["Date"] = LongDate.Of(meeting.Date),
                ["StartsAt"] = meeting.StartsAt?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                ["Location"] = meeting.Location,
            });
            meeting.Reschedule(Validator.Details(command));
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

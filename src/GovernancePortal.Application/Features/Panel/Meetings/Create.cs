using GovernancePortal.Application.Features.Improvement;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Panel.Meetings;

/// <summary>Plans a meeting of the panel (/panel/meetings/create): its date, start time, place and the next meeting's date.</summary>
public static class PlanMeeting
{
    public sealed record Query : IQuery<bool>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    public sealed record Command(DateParts Date, string? StartsAt, string? Location, bool IsOnline, DateParts NextMeetingOn) : ICommand<int>, IOrganisationScoped, IMeetingFields
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    public sealed class Validator : MeetingFieldsValidator<Command>;

    /// <summary>The query answers whether the panel is set up (meetings need it).</summary>
    public sealed class Handler(GovernancePortalDbContext db) : IQueryHandler<Query, bool>, ICommandHandler<Command, int>
    {
        public async ValueTask<bool> Handle(Query query, CancellationToken cancellationToken) =>
            await PanelRecords.PanelAsync(db, cancellationToken) is not null;

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var panel = await PanelRecords.PanelAsync(db, cancellationToken)
                ?? throw new Domain.Common.DomainException("Set up the panel before planning its meetings");
            var meeting = PanelMeeting.Plan(panel, Validator.Details(command));
            db.PanelMeetings.Add(meeting);
            await db.SaveChangesAsync(cancellationToken);
            return meeting.Id;
        }
    }
}

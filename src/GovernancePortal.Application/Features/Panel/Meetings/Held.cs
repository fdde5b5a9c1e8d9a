using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Panel.Meetings;

/// <summary>
/// Records that a meeting took place (/panel/meetings/{id}/held). Its papers' question logs close: questions are taken
/// only before the meeting is held.
/// </summary>
public static class RecordHeld
{
    public sealed record Query(int MeetingId) : IQuery<MeetingHeading>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    public sealed record Command(int MeetingId, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManagePanel;

        public ScopeTarget Scope => ScopeTarget.AnyOrganisation;
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, MeetingHeading>, ICommandHandler<Command>
    {
        public async ValueTask<MeetingHeading> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return PanelRecords.Heading(await PanelRecords.MeetingAsync(db, query.MeetingId, cancellationToken, tracking: false));
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var meeting = await PanelRecords.MeetingAsync(db, command.MeetingId, cancellationToken);
            db.ExpectVersion(meeting, command.Version);
            meeting.RecordHeld(await CurrentActor.OfAsync(db, user, time, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

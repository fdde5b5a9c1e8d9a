using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Auditing;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SessionRow = GovernancePortal.Application.Features.Account.Sessions.Row;

namespace GovernancePortal.Application.Features.Admin.Users;

/// <summary>
/// /admin/users/sessions/{id}: an account's live sessions for administrators, who can end one or all of them (the
/// account's audit trail records who did). A session ended here is refused at its next request on this instance and
/// within Security:SessionCheckInterval on any other.
/// </summary>
public static class UserSessionsAdmin
{
    public const string EndedByAdministratorReason = "ended by an administrator";

    public sealed record Query(string UserId) : IQuery<View>;

    public sealed record View(string UserId, string Email, string DisplayName, IReadOnlyList<SessionRow> Sessions);

    public sealed record EndCommand(string UserId, string SessionId) : ICommand<bool>;

    public sealed record EndAllCommand(string UserId) : ICommand<int>;

    public sealed class Handler(GovernancePortalDbContext db, IUserSessions sessions, ICurrentUser currentUser, IAccountEventLog accountEvents)
        : IQueryHandler<Query, View>, ICommandHandler<EndCommand, bool>, ICommandHandler<EndAllCommand, int>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var (email, name) = await AccountAsync(query.UserId, cancellationToken);
            var live = await sessions.ListLiveAsync(query.UserId, cancellationToken);
            return new View(query.UserId, email, name, [.. live.Select(s => SessionRow.From(s, currentUser.SessionId))]);
        }

        public async ValueTask<bool> Handle(EndCommand command, CancellationToken cancellationToken)
        {
            var (email, _) = await AccountAsync(command.UserId, cancellationToken);
            var ended = await sessions.EndAsync(command.UserId, command.SessionId, EndedByAdministratorReason, cancellationToken);
            if (ended)
            {
                await accountEvents.RecordByAsync(AuditAction.SessionsEnded, command.UserId, email, currentUser, $"1 session ended: {EndedByAdministratorReason}", cancellationToken);
            }

            return ended;
        }

        public async ValueTask<int> Handle(EndAllCommand command, CancellationToken cancellationToken)
        {
            var (email, _) = await AccountAsync(command.UserId, cancellationToken);
            var ended = await sessions.EndAllAsync(command.UserId, EndedByAdministratorReason, cancellationToken: cancellationToken);
            await accountEvents.RecordByAsync(AuditAction.SessionsEnded, command.UserId, email, currentUser, $"{ended} session(s) ended: {EndedByAdministratorReason}", cancellationToken);
            return ended;
        }

        private async Task<(string Email, string DisplayName)> AccountAsync(string userId, CancellationToken cancellationToken)
        {
            var account = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("There is no account with this identifier.");
            return (account.Email ?? string.Empty, account.DisplayName);
        }
    }
}

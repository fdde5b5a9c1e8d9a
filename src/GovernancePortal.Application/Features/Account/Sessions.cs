using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Auditing;
using GovernancePortal.Infrastructure.Auditing;
using GovernancePortal.Infrastructure.Identity;
using Mediator;

namespace GovernancePortal.Application.Features.Account;

/// <summary>
/// /account/sessions: the signed-in user's live sessions (this one marked), with "sign out of your other sessions" and
/// "sign out everywhere" (this session too). Ending writes the account's audit trail.
/// </summary>
public static class Sessions
{
    public const string EndedByUserReason = "signed out everywhere by the user";
    public const string OthersEndedByUserReason = "signed out of other sessions by the user";

    public sealed record Query : IQuery<IReadOnlyList<Row>>;

    /// <summary>One live session: when it started and was last seen, the browser, address and how it signed in.</summary>
    public sealed record Row(string Id, DateTime CreatedAtUtc, DateTime LastSeenAtUtc, string Browser, string? IpAddress, string Method, bool IsThisSession)
    {
        public static Row From(SessionSummary session, string? currentSessionId)
        {
            ArgumentNullException.ThrowIfNull(session);
            return new(session.Id, session.CreatedAtUtc, session.LastSeenAtUtc, ClientDescription.Describe(session.Client), session.IpAddress,
                session.Method == UserSession.SsoMethod ? "Single sign-on" : "Email and password", session.Id == currentSessionId);
        }
    }

    /// <summary>Ends every other session of the user; returns how many ended.</summary>
    public sealed record SignOutOthersCommand : ICommand<int>;

    /// <summary>Ends every session of the user, this one included; the page then clears this browser's cookie.</summary>
    public sealed record SignOutEverywhereCommand : ICommand<int>;

    public sealed class Handler(IUserSessions sessions, ICurrentUser currentUser, IAccountEventLog accountEvents)
        : IQueryHandler<Query, IReadOnlyList<Row>>, ICommandHandler<SignOutOthersCommand, int>, ICommandHandler<SignOutEverywhereCommand, int>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query query, CancellationToken cancellationToken)
        {
            var live = await sessions.ListLiveAsync(UserId(), cancellationToken);
            return [.. live.Select(s => Row.From(s, currentUser.SessionId)).OrderByDescending(r => r.IsThisSession)];
        }

        public ValueTask<int> Handle(SignOutOthersCommand command, CancellationToken cancellationToken) =>
            EndAsync(OthersEndedByUserReason, currentUser.SessionId, cancellationToken);

        public ValueTask<int> Handle(SignOutEverywhereCommand command, CancellationToken cancellationToken) =>
            EndAsync(EndedByUserReason, keep: null, cancellationToken);

        private async ValueTask<int> EndAsync(string reason, string? keep, CancellationToken cancellationToken)
        {
            var userId = UserId();
            var ended = await sessions.EndAllAsync(userId, reason, keep, cancellationToken);
            await accountEvents.RecordAsync(AuditAction.SessionsEnded, userId, currentUser.UserName, $"{ended} session(s) ended: {reason}", cancellationToken);
            return ended;
        }

        private string UserId() => currentUser.UserId ?? throw new ForbiddenException("Sign in to see your sessions.");
    }
}

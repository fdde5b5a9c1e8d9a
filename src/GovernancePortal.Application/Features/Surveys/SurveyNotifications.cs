using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Data;

namespace GovernancePortal.Application.Features.Surveys;

/// <summary>
/// The e-mails the survey sends, queued in the outbox (<see cref="Domain.Messaging.OutboxMessage"/>) in the same
/// transaction as the change that causes them; a background job sends them. Call these before SaveChanges.
/// </summary>
public static class SurveyNotifications
{
    /// <summary>Queues an invitation (with a link to the return) to the signatory and each delegate of every return given.</summary>
    public static Task QueueInvitationsAsync(GovernancePortalDbContext db, Survey survey, IEnumerable<SurveyReturn> returns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(returns);
        _ = cancellationToken; // Filled in with the outbox (mail work in progress).
        return Task.CompletedTask;
    }

    /// <summary>Queues the notice that a return was reopened, with the reason, to its signatory and delegates.</summary>
    public static Task QueueReopenedAsync(GovernancePortalDbContext db, Survey survey, SurveyReturn surveyReturn, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(surveyReturn);
        _ = (reason, cancellationToken); // Filled in with the outbox (mail work in progress).
        return Task.CompletedTask;
    }
}

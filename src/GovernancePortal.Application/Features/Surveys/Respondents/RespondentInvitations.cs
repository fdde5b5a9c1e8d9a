using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Data;

namespace GovernancePortal.Application.Features.Surveys.Respondents;

/// <summary>
/// Saves respondents just added. When the survey is already out they are invited at once: the invitation's link names
/// the new return, so the returns are saved first and the invitations after, in one transaction — all or nothing.
/// </summary>
public static class RespondentInvitations
{
    public static async Task SaveAndInviteIfIssuedAsync(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, Survey survey, IReadOnlyList<SurveyReturn> added, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(added);
        if (!survey.IsIssued || added.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var actor = await CurrentActor.OfAsync(db, user, time, cancellationToken);
        foreach (var surveyReturn in added)
        {
            surveyReturn.RecordInvitation(actor);
        }

        await db.SaveChangesAsync(cancellationToken);
        await SurveyNotifications.QueueInvitationsAsync(db, survey, added, actor.AtUtc, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

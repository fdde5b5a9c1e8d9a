using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Data;

namespace GovernancePortal.Application.Features.Surveys.Respondents;

/// <summary>Respondents added to a survey that is already out are invited at once, in the same save.</summary>
public static class RespondentInvitations
{
    public static async Task InviteIfIssuedAsync(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time, Survey survey, IReadOnlyList<SurveyReturn> added, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(added);
        if (!survey.IsIssued || added.Count == 0)
        {
            return;
        }

        var actor = await SurveyEdits.ActorAsync(db, user, time, cancellationToken);
        foreach (var surveyReturn in added)
        {
            surveyReturn.RecordInvitation(actor);
        }

        await SurveyNotifications.QueueInvitationsAsync(db, survey, added, cancellationToken);
    }
}

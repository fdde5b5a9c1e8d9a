using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys;

/// <summary>
/// Issues a draft survey (/surveys/{id}/issue): a check of what will go out (sections, questions, respondents, the
/// earliest deadline, who is e-mailed), then <see cref="Survey.Issue"/> and the invitations queued in the same save.
/// </summary>
public static class IssueSurvey
{
    public sealed record Query(int SurveyId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed record View(SurveyHeading Survey, int Sections, int Questions, int EmptySections, int Respondents, int Delegates, int WithoutEmail, DateOnly? FirstDeadline, DateOnly? LastDeadline, int PastDeadlines);

    public sealed record Command(int SurveyId, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, View>, ICommandHandler<Command>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var survey = await SurveyEdits.LoadAsync(db, query.SurveyId, cancellationToken);
            var today = time.Today();
            var people = survey.Returns.Select(r => r.Signatory!).Concat(survey.Returns.SelectMany(r => r.Delegates).Select(d => d.Person!)).Distinct().ToList();
            return new View(
                await SurveyEdits.HeadingAsync(db, survey.Id, cancellationToken),
                survey.Sections.Count,
                survey.Sections.Sum(s => s.Questions.Count),
                survey.Sections.Count(s => s.Questions.Count == 0),
                survey.Returns.Count,
                survey.Returns.Sum(r => r.Delegates.Count),
                people.Count(p => string.IsNullOrWhiteSpace(p.Email)),
                survey.Returns.Count == 0 ? null : survey.Returns.Min(r => r.Deadline),
                survey.Returns.Count == 0 ? null : survey.Returns.Max(r => r.Deadline),
                survey.Returns.Count(r => r.Deadline < today));
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var survey = await SurveyEdits.ForChangeAsync(db, command.SurveyId, command.Version, cancellationToken);
            var actor = await CurrentActor.OfAsync(db, user, time, cancellationToken);
            var invited = survey.Issue(actor, time.Today());
            await SurveyNotifications.QueueInvitationsAsync(db, survey, invited, actor.AtUtc, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

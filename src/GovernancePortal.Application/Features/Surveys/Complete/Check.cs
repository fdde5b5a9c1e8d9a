using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Surveys.Complete;

/// <summary>"Check your answers": every section's answers in words, with the return's version the signing form will carry.</summary>
public static class CheckAnswers
{
    public sealed record Query(int ReturnId) : IQuery<Model>, IOrganisationScoped
    {
        public Permission Permission => Permission.CompleteSurvey;

        public ScopeTarget Scope => ScopeTarget.SurveyReturn(ReturnId);
    }

    public sealed record Model(ReturnHeading Heading, IReadOnlyList<SectionAnswers> Sections, bool IsComplete, bool CanSign);

    public sealed record SectionAnswers(int SectionId, string Title, SectionProgress Progress, IReadOnlyList<QuestionAnswer> Answers);

    public sealed record QuestionAnswer(int QuestionId, string Question, string? Answer);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var surveyReturn = await ReturnAccess.LoadAsync(db, query.ReturnId, tracked: false, cancellationToken);
            var mine = await ReturnAccess.MyPeopleAsync(db, user, cancellationToken);
            return new Model(
                ReturnHeading.Of(surveyReturn, time.Today()),
                Answers(surveyReturn),
                surveyReturn.IsComplete(surveyReturn.Survey!),
                surveyReturn.CanSign(mine));
        }
    }

    /// <summary>The return's answers by section, in words (also what the governance team reads on the return's page).</summary>
    public static IReadOnlyList<SectionAnswers> Answers(SurveyReturn surveyReturn)
    {
        ArgumentNullException.ThrowIfNull(surveyReturn);
        var survey = surveyReturn.Survey!;
        return [.. survey.OrderedSections.Select(s =>
        {
            var saved = surveyReturn.SectionFor(s.Id);
            return new SectionAnswers(
                s.Id,
                s.Title,
                surveyReturn.ProgressOf(s),
                [.. s.OrderedQuestions.Select(q => new QuestionAnswer(q.Id, q.Text, ReturnAccess.AnswerText(survey, saved?.Answers.FirstOrDefault(a => a.QuestionId == q.Id))))]);
        })];
    }
}

using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Domain.Time;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Surveys.Complete;

/// <summary>
/// A return's task list for its signatory and delegates: the survey's sections with their status, the introduction,
/// deadline and who may draft and sign; once signed, who signed when; once reopened, why.
/// </summary>
public static class ReturnTaskList
{
    public sealed record Query(int ReturnId) : IQuery<Model>, IOrganisationScoped
    {
        public Permission Permission => Permission.CompleteSurvey;

        public ScopeTarget Scope => ScopeTarget.SurveyReturn(ReturnId);
    }

    public sealed record Model(
        ReturnHeading Heading,
        string? Introduction,
        IReadOnlyList<SectionTask> Sections,
        bool IsComplete,
        bool CanSign,
        string? ReopenedReason)
    {
        public int Completed => Sections.Count(s => s.Progress == SectionProgress.Completed);
    }

    public sealed record SectionTask(int SectionId, string Title, SectionProgress Progress);

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, Model>
    {
        public async ValueTask<Model> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var surveyReturn = await ReturnAccess.LoadAsync(db, query.ReturnId, tracked: false, cancellationToken);
            var survey = surveyReturn.Survey!;
            var mine = await ReturnAccess.MyPeopleAsync(db, user, cancellationToken);
            return new Model(
                ReturnHeading.Of(surveyReturn, time.Today()),
                survey.Introduction,
                [.. survey.OrderedSections.Select(s => new SectionTask(s.Id, s.Title, surveyReturn.ProgressOf(s)))],
                surveyReturn.IsComplete(survey),
                surveyReturn.CanSign(mine),
                ReturnAccess.ReopenedReason(surveyReturn));
        }
    }
}

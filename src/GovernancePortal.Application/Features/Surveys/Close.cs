using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Surveys;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Surveys;

/// <summary>Closes an issued survey (/surveys/{id}/close): no more answers or signatures; returns stay as they are.</summary>
public static class CloseSurvey
{
    public sealed record Query(int SurveyId) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed record View(SurveyHeading Survey, ResponseRate Rate, int Outstanding);

    public sealed record Command(int SurveyId, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageSurveys;

        public ScopeTarget Scope => ScopeTarget.Survey(SurveyId);
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, View>, ICommandHandler<Command>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var heading = await SurveyEdits.HeadingAsync(db, query.SurveyId, cancellationToken);
            var statuses = await db.SurveyReturns.AsNoTracking().Where(r => r.SurveyId == query.SurveyId).Select(r => r.Status).ToListAsync(cancellationToken);
            var returned = statuses.Count(ResponseRate.Counts);
            return new View(heading, new ResponseRate(returned, statuses.Count), statuses.Count - returned);
        }

        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var survey = await SurveyEdits.ForChangeAsync(db, command.SurveyId, command.Version, cancellationToken);
            survey.Close(await CurrentActor.OfAsync(db, user, time, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

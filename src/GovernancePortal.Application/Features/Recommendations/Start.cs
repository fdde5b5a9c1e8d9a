using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Recommendations;

/// <summary>Marks a recommendation in progress (/recommendations/item/{id}/start): its owner or the governance team.</summary>
public static class StartRecommendation
{
    public sealed record Query(int Id) : IQuery<RecommendationHeading>, IOrganisationScoped
    {
        public Permission Permission => Permission.ProposeRecommendationClosure;

        public ScopeTarget Scope => ScopeTarget.Recommendation(Id);
    }

    public sealed record Command(int Id, Guid Version) : ICommand<int>, IOrganisationScoped
    {
        public Permission Permission => Permission.ProposeRecommendationClosure;

        public ScopeTarget Scope => ScopeTarget.Recommendation(Id);
    }

    public sealed class Handler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<Query, RecommendationHeading>, ICommandHandler<Command, int>
    {
        public async ValueTask<RecommendationHeading> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return await RecommendationScope.HeadingAsync(db, query.Id, cancellationToken);
        }

        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var r = await RecommendationScope.LoadAsync(db, command.Id, cancellationToken);
            RecommendationScope.ExpectVersion(db, r, command.Version);
            r.Start(await CurrentActor.OfAsync(db, user, time, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            return r.Id;
        }
    }
}

using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement.Overview;
using GovernancePortal.Domain.Time;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement;

/// <summary>
/// The improvement plans of every organisation the user may read, with their progress counts (the shared overview),
/// from the read-model cache when nothing has changed since the same user last opened it today.
/// </summary>
public static class ImprovementHome
{
    public sealed record Query : IQuery<ImprovementOverview>;

    public sealed class Handler(IMediator mediator, ICurrentUser user, TimeProvider time, ReadModelCache cache) : IQueryHandler<Query, ImprovementOverview>
    {
        public ValueTask<ImprovementOverview> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return cache.GetOrBuildAsync($"improvement-overview|{time.Today():yyyy-MM-dd}|{user.UserId}", ct => mediator.Send(new GetImprovementOverviewQuery(), ct), cancellationToken);
        }
    }
}

using GovernancePortal.Application.Features.Improvement.Overview;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement;

/// <summary>The improvement plans of every organisation the user may read, with their progress counts (the shared overview).</summary>
public static class ImprovementHome
{
    public sealed record Query : IQuery<ImprovementOverview>;

    public sealed class Handler(IMediator mediator) : IQueryHandler<Query, ImprovementOverview>
    {
        public ValueTask<ImprovementOverview> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return mediator.Send(new GetImprovementOverviewQuery(), cancellationToken);
        }
    }
}

using GovernancePortal.Application.Features.Improvement.Actions;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement;

/// <summary>What awaits the governance team: updates to review and requests for a new due date to decide.</summary>
public static class ReviewQueue
{
    public sealed record Query : IQuery<Queue>;

    public sealed record Queue(IReadOnlyList<PendingUpdateRow> Updates, IReadOnlyList<PendingDateRequestRow> DateRequests);

    public sealed class Handler(IMediator mediator) : IQueryHandler<Query, Queue>
    {
        public async ValueTask<Queue> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return new Queue(
                await mediator.Send(new ListPendingUpdatesQuery(), cancellationToken),
                await mediator.Send(new ListPendingDateRequestsQuery(), cancellationToken));
        }
    }
}

using GovernancePortal.Application.Features.Improvement.Register;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement;

/// <summary>The register of actions, filtered, sorted and a page at a time (the shared register query).</summary>
public static class BrowseRegister
{
    public sealed record Query(RegisterFilter Filter, int Page) : IQuery<RegisterPage>;

    public sealed class Handler(IMediator mediator) : IQueryHandler<Query, RegisterPage>
    {
        public ValueTask<RegisterPage> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return mediator.Send(new ListRegisterQuery(query.Filter, query.Page), cancellationToken);
        }
    }
}

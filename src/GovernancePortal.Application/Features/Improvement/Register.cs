using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement.Register;
using GovernancePortal.Domain.Time;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement;

/// <summary>
/// The register of actions, filtered, sorted and a page at a time (the shared register query), from the read-model cache
/// when nothing has changed since the same user last opened the same page of it today.
/// </summary>
public static class BrowseRegister
{
    public sealed record Query(RegisterFilter Filter, int Page) : IQuery<RegisterPage>;

    public sealed class Handler(IMediator mediator, ICurrentUser user, TimeProvider time, ReadModelCache cache) : IQueryHandler<Query, RegisterPage>
    {
        public ValueTask<RegisterPage> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var key = $"register|{time.Today():yyyy-MM-dd}|{user.UserId}|{query.Page}|{query.Filter}";
            return cache.GetOrBuildAsync(key, ct => mediator.Send(new ListRegisterQuery(query.Filter, query.Page), ct), cancellationToken);
        }
    }
}

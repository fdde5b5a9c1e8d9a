using GovernancePortal.Application.Features.Improvement.Register;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement;

/// <summary>The actions the user owns, soonest due first: open ones, or all of them (the shared register query).</summary>
public static class MyActions
{
    /// <summary>IncludeClosed: every action the user owns, not only the open ones.</summary>
    public sealed record Query(bool IncludeClosed) : IQuery<RegisterPage>;

    public sealed class Handler(IMediator mediator) : IQueryHandler<Query, RegisterPage>
    {
        public ValueTask<RegisterPage> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            return mediator.Send(
                new ListRegisterQuery(new RegisterFilter { Mine = true, Status = query.IncludeClosed ? null : RegisterFilter.OpenStatus, Sort = "due" }, 1, ListRegisterHandler.ExportLimit),
                cancellationToken);
        }
    }
}

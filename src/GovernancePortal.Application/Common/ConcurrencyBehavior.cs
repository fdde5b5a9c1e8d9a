using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Common;

/// <summary>
/// A save that lost a race (someone else saved the same record between this use case's read and its write, so EF Core's
/// concurrency token did not match) becomes a <see cref="ConcurrencyConflictException"/>: the page shows it as a 409
/// with what the user typed, instead of an error page. Use cases that can show the stored values catch the race
/// themselves and say more.
/// </summary>
public sealed class ConcurrencyBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public const string Message = "Someone else saved a change to this record at the same moment. Check it as it is now, then try again: what you typed is still below.";

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(message, cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConcurrencyConflictException(Message, new Dictionary<string, string?>(), exception);
        }
    }
}

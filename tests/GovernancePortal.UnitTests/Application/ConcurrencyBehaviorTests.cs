using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement.Actions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.UnitTests.Application;

public sealed class ConcurrencyBehaviorTests
{
    private static readonly SubmitUpdate.Command Command = new(1, Guid.NewGuid(), "Progress", null);

    [Fact]
    public async Task Handle_SaveLosesARace_BecomesAConflictTheFormCanShow()
    {
        var behavior = new ConcurrencyBehavior<SubmitUpdate.Command, Unit>();

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(async () =>
            await behavior.Handle(Command, (_, _) => throw new DbUpdateConcurrencyException("0 rows affected"), TestContext.Current.CancellationToken));

        Assert.Equal(ConcurrencyBehavior<SubmitUpdate.Command, Unit>.Message, conflict.Message);
        Assert.IsType<DbUpdateConcurrencyException>(conflict.InnerException);
    }

    [Fact]
    public async Task Handle_NoRace_ReturnsTheHandlersResult()
    {
        var behavior = new ConcurrencyBehavior<SubmitUpdate.Command, Unit>();

        var result = await behavior.Handle(Command, (_, _) => ValueTask.FromResult(Unit.Value), TestContext.Current.CancellationToken);

        Assert.Equal(Unit.Value, result);
    }
}

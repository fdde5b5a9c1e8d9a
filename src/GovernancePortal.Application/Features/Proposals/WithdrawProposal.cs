using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Proposals;

/// <summary>The lead who made a proposal withdraws it while it is still waiting for a decision.</summary>
public sealed record WithdrawProposalCommand(int ProposalId, Guid Version) : ICommand;

public sealed class WithdrawProposalHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<WithdrawProposalCommand>
{
    public async ValueTask<Unit> Handle(WithdrawProposalCommand command, CancellationToken cancellationToken)
    {
        var proposal = await db.StatementProposals.SingleOrDefaultAsync(p => p.Id == command.ProposalId, cancellationToken);
        if (proposal is null || user.UserId is null || proposal.ProposedByUserId != user.UserId)
        {
            throw new NotFoundException("You have no such proposal.");
        }

        if (proposal.Status != ProposalStatus.Pending)
        {
            throw Validation.Fail(string.Empty, $"This proposal can no longer be withdrawn: it has been {ProposalRules.StatusName(proposal.Status).ToLowerInvariant()}.");
        }

        db.Entry(proposal).Property(p => p.Version).OriginalValue = command.Version;
        proposal.Status = ProposalStatus.Withdrawn;
        proposal.DecidedByName = proposal.ProposedByName;
        proposal.DecidedAtUtc = time.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Validation.Fail(string.Empty, "This proposal can no longer be withdrawn: the governance team has just decided it.");
        }

        return Unit.Value;
    }
}

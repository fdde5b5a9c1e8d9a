using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Framework;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Framework.Proposals;

/// <summary>
/// Pending proposals per organisation code, for the organisations whose proposals the user decides (EditFramework);
/// others are left out. For the dashboard: "3 proposals waiting for a decision".
/// </summary>
public sealed record CountPendingProposalsQuery : IQuery<IReadOnlyDictionary<string, int>>;

public sealed class CountPendingProposalsHandler(GovernancePortalDbContext db, ICurrentUser user, ReadModelCache cache) : IQueryHandler<CountPendingProposalsQuery, IReadOnlyDictionary<string, int>>
{
    public ValueTask<IReadOnlyDictionary<string, int>> Handle(CountPendingProposalsQuery query, CancellationToken cancellationToken) =>
        cache.GetOrBuildAsync($"pending-proposals|{user.UserId}", CountAsync, cancellationToken);

    private async ValueTask<IReadOnlyDictionary<string, int>> CountAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Organisations.AsNoTracking()
            .Select(o => new
            {
                o.Code,
                Pending = db.StatementProposals.Count(p => p.GovernanceArea!.OrganisationId == o.Id && p.Status == ProposalStatus.Pending),
            })
            .ToListAsync(cancellationToken);
        return counts
            .Where(c => AccessMatrix.Allows(user, Permission.EditFramework, c.Code))
            .ToDictionary(c => c.Code, c => c.Pending, StringComparer.OrdinalIgnoreCase);
    }
}

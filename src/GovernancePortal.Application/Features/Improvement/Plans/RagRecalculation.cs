using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Plans;

/// <summary>Rates an organisation's actions again with its rule (after a rule change, and daily as dates pass).</summary>
public static class RagRecalculation
{
    public static async Task<int> RateAsync(GovernancePortalDbContext db, Domain.Organisations.Organisation organisation, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        // With the ledger, so a revised action's Amber dates from its revision.
        var actions = await db.ImprovementActions.Include(a => a.DateRevisions).AsSplitQuery()
            .Where(a => a.Area!.Plan!.OrganisationId == organisation.Id).ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var action in actions)
        {
            // An unchanged rating changes nothing, so only real changes reach the audit trail.
            if (action.RecalculateRag(organisation.RagRule, today))
            {
                changed++;
            }
        }

        return changed;
    }
}

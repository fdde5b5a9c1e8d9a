using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Data;

namespace GovernancePortal.Application.Features.Papers.Model;

/// <summary>Gathers the facts the checks before approval need (<see cref="PaperFacts"/>) and runs <see cref="PaperChecks"/>.</summary>
public sealed class PaperCheckRunner(GovernancePortalDbContext db)
{
    public Task<IReadOnlyList<CheckFinding>> RunAsync(Paper paper, PaperDocument document, CancellationToken cancellationToken) =>
        throw new NotImplementedException(db.ContextId.ToString());
}

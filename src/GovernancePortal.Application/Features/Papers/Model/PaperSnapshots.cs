using GovernancePortal.Domain.Papers;
using GovernancePortal.Infrastructure.Seed;

namespace GovernancePortal.Application.Features.Papers.Model;

/// <summary>The seeding's way to the content of a paper as shown: composed and serialised as a version keeps it.</summary>
internal sealed class PaperSnapshots(PaperComposer composer) : IPaperSnapshots
{
    public async Task<string> SnapshotAsync(Paper paper, CancellationToken cancellationToken) =>
        PaperSnapshot.Serialize(await composer.ComposeAsync(paper, cancellationToken));
}

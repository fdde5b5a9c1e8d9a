using GovernancePortal.Domain.Papers;

namespace GovernancePortal.Infrastructure.Seed;

/// <summary>
/// The content of a paper as shown (the JSON a <see cref="PaperVersion"/> keeps), for the demo seeding to give each seeded
/// paper a complete version 1. Composing a paper is the application's work, so the application provides this.
/// </summary>
public interface IPaperSnapshots
{
    Task<string> SnapshotAsync(Paper paper, CancellationToken cancellationToken);
}

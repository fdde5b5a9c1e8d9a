using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Panel;
using GovernancePortal.Domain.Papers;

namespace GovernancePortal.Infrastructure.Seed;

/// <summary>
/// Publishes a paper to an Audit Panel meeting as the governance team does (renders its files, freezes them with their
/// hashes and takes the snapshot of the organisation's register as at the given day), for the demo seeding.
/// Rendering and reading the register are the application's work, so the application provides this. The caller saves.
/// </summary>
public interface IPanelPublisher
{
    Task<PanelPublication> PublishAsync(PanelMeeting meeting, Paper paper, DateOnly asAt, Actor actor, CancellationToken cancellationToken);
}

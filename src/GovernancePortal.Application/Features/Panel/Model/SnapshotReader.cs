using GovernancePortal.Domain.Panel;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace GovernancePortal.Application.Features.Panel.Model;

/// <summary>
/// Reads snapshots for the Panel's pages. A snapshot never changes once saved (<see cref="Domain.Common.IImmutable"/>), so the
/// register read from its JSON, and the changes between two of them, are kept in memory (a few dozen at most): the
/// "changes since the last Panel" page and the dashboard then cost a few small queries and the rendering, not reading
/// and parsing a large register on every request.
/// </summary>
public sealed class SnapshotReader : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 64 });

    public async Task<RegisterSnapshot> ReadAsync(GovernancePortalDbContext db, int snapshotId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (cache.TryGetValue(snapshotId, out RegisterSnapshot? known) && known is not null)
        {
            return known;
        }

        var content = await db.PanelSnapshots.AsNoTracking().Where(s => s.Id == snapshotId).Select(s => s.Content).SingleAsync(cancellationToken);
        var read = RegisterSnapshot.FromJson(content);
        cache.Set(snapshotId, read, new MemoryCacheEntryOptions { Size = 1 });
        return read;
    }

    /// <summary>The changes from one snapshot (none: everything is new) to another.</summary>
    public async Task<SnapshotChanges> ChangesAsync(GovernancePortalDbContext db, int? beforeId, int afterId, CancellationToken cancellationToken)
    {
        var key = (beforeId, afterId);
        if (cache.TryGetValue(key, out SnapshotChanges? known) && known is not null)
        {
            return known;
        }

        var before = beforeId is { } id ? await ReadAsync(db, id, cancellationToken) : null;
        var changes = SnapshotDiff.Between(before, await ReadAsync(db, afterId, cancellationToken));
        cache.Set(key, changes, new MemoryCacheEntryOptions { Size = 1 });
        return changes;
    }

    public void Dispose() => cache.Dispose();
}

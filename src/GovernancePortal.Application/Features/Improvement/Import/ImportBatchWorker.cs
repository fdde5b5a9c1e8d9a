using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Recommendations.Import;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovernancePortal.Application.Features.Improvement.Import;

/// <summary>
/// Checks large import batches (of improvement actions or recommendations) in the background,
/// <see cref="ImportWork.ChunkSize"/> rows at a time, so a dry run finishes whether or not anyone is looking at it. Several instances of the app may share one database: a worker
/// first <em>claims</em> a batch with one conditional UPDATE (it is waiting, and nobody holds an unexpired claim), which
/// also moves the batch's concurrency token on, and saves every chunk against that token while renewing its claim.
/// So a batch is only ever worked on by one worker; a worker whose instance stopped leaves a claim that expires, and
/// the next worker carries on from the rows already counted.
/// </summary>
public sealed class ImportBatchWorker(IServiceScopeFactory scopes, TimeProvider time, string instance)
{
    /// <summary>How long a claim holds without being renewed. A chunk takes well under a second.</summary>
    public static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(2);

    /// <summary>Who the audit trail names for the batch's progress.</summary>
    public const string ActorName = "system (import checking)";

    private static readonly SystemUser Actor = new(ActorName);

    /// <summary>This worker's name in <see cref="ImportBatch.ClaimedBy"/> (unique per app instance).</summary>
    public string Instance { get; } = instance.Length > ImportBatch.ClaimedByMaxLength ? instance[..ImportBatch.ClaimedByMaxLength] : instance;

    /// <summary>Works through every batch that is waiting (or was left unfinished) until none is left; returns how many it finished.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var finished = 0;
        while (await NextAsync(cancellationToken) is { } id)
        {
            if (await ProcessAsync(id, cancellationToken))
            {
                finished++;
            }
        }

        return finished;
    }

    /// <summary>
    /// Claims a batch that is being checked (or whose import never finished) if nobody holds an unexpired claim on it:
    /// one conditional UPDATE, so of two workers trying at once exactly one succeeds.
    /// </summary>
    public async Task<bool> TryClaimAsync(int id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = NewDb(scope);
        var now = time.GetUtcNow().UtcDateTime;
        var until = now + ClaimDuration;
        var version = Guid.NewGuid();
        var claimed = await Claimable(db.ImportBatches, now).Where(b => b.Id == id)
            .ExecuteUpdateAsync(
                set => set.SetProperty(b => b.ClaimedBy, Instance).SetProperty(b => b.ClaimExpiresAtUtc, until).SetProperty(b => b.Version, version),
                cancellationToken);
        return claimed == 1;
    }

    /// <summary>Claims the batch and checks it to the end; false when another worker has it (or took it over meanwhile).</summary>
    public async Task<bool> ProcessAsync(int id, CancellationToken cancellationToken)
    {
        if (!await TryClaimAsync(id, cancellationToken))
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = NewDb(scope);
        var batch = await db.ImportBatches.Include(b => b.Plan).ThenInclude(p => p!.Organisation).SingleAsync(b => b.Id == id, cancellationToken);
        if (batch.ClaimedBy != Instance)
        {
            return false;
        }

        if (batch.Status == ImportStatus.Importing)
        {
            // A confirm whose request never finished (the instance stopped while writing). The import is one
            // transaction, so nothing was written: the batch goes back to its report and can be confirmed again.
            batch.Status = ImportStatus.Checked;
            batch.ProcessedRows = batch.TotalRows;
            Release(batch);
            return await ImportWork.TrySaveAsync(db, cancellationToken);
        }

        while (batch.Status == ImportStatus.Checking)
        {
            try
            {
                // One flow for every kind of import: only the rows' checks differ.
                await (batch.Kind == ImportKind.Recommendations
                    ? RecommendationImportWork.CheckNextChunkAsync(db, batch, cancellationToken)
                    : ImportWork.CheckNextChunkAsync(db, batch, cancellationToken));
            }
            catch (ImportTable.UnreadableException)
            {
                // It was read at upload, so this cannot happen unless the stored content was damaged.
                batch.Status = ImportStatus.Failed;
            }

            if (batch.Status == ImportStatus.Checking)
            {
                batch.ClaimExpiresAtUtc = time.GetUtcNow().UtcDateTime + ClaimDuration;
            }
            else
            {
                Release(batch);
            }

            if (!await ImportWork.TrySaveAsync(db, cancellationToken))
            {
                // Another worker took the batch over (this one was too slow to renew its claim): it carries on.
                return false;
            }
        }

        return true;
    }

    private async Task<int?> NextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = NewDb(scope);
        return await Claimable(db.ImportBatches.AsNoTracking(), time.GetUtcNow().UtcDateTime)
            .OrderBy(b => b.Id).Select(b => (int?)b.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private static IQueryable<ImportBatch> Claimable(IQueryable<ImportBatch> batches, DateTime now) =>
        batches.Where(b => (b.Status == ImportStatus.Checking || b.Status == ImportStatus.Importing) && (b.ClaimExpiresAtUtc == null || b.ClaimExpiresAtUtc < now));

    private static void Release(ImportBatch batch)
    {
        batch.ClaimedBy = null;
        batch.ClaimExpiresAtUtc = null;
    }

    /// <summary>The scope's DbContext, saving as the import-checking actor (the scope disposes it).</summary>
    private static GovernancePortalDbContext NewDb(AsyncServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<GovernancePortalDbContext>();
        db.BeginWork(Actor);
        return db;
    }
}

/// <summary>Wakes the background worker at once when a batch is waiting (other instances find it at their next poll).</summary>
public sealed class ImportQueue : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    /// <summary>Waits for <see cref="Notify"/> or the timeout.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}

using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Data;

namespace GovernancePortal.Application.Features.Improvement.Import;


/// <summary>Rules shared by the commands that change a batch.</summary>
public static class ImportGuards
{
    /// <summary>The mapping and dry run can only change before the import starts, and only from the version the user saw.</summary>
    public static void RequireOpen(ImportBatch batch, Guid version, GovernancePortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(db);
        if (batch.Status is not (ImportStatus.Uploaded or ImportStatus.Checked) || batch.Version != version)
        {
            throw Conflict(batch, db);
        }

        db.ExpectVersion(batch, version);
    }

    public static async Task SaveAsync(GovernancePortalDbContext db, ImportBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await ImportWork.TrySaveAsync(db, cancellationToken))
        {
            throw Conflict(batch, db);
        }
    }

    public static ConcurrencyConflictException Conflict(ImportBatch batch, GovernancePortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(db);
        db.ChangeTracker.Clear();
        var what = batch.Status switch
        {
            ImportStatus.Imported => "This file has already been imported.",
            ImportStatus.Importing => "This file is being imported.",
            ImportStatus.Discarded => "This file has been discarded.",
            _ => "Someone else (or this page in another tab) changed this import after you opened it.",
        };
        return new ConcurrencyConflictException(what + " The page now shows where it stands; nothing you chose has been applied.", new Dictionary<string, string?>());
    }
}

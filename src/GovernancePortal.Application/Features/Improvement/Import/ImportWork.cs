using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Import;

/// <summary>
/// The steps an import batch goes through, shared by the use cases and the background worker: loading a batch the
/// user may manage, checking the next chunk of rows, and writing the actions. A file of fewer than
/// <see cref="InlineRows"/> rows is checked within the request; a larger one is checked <see cref="ChunkSize"/> rows at a
/// time by <see cref="ImportBatchWorker"/>, saving its progress after each chunk, while the preview page (which
/// refreshes itself) only reads how far it has got. The import itself is one SaveChanges in the confirming request, so
/// one audited transaction: all the actions or none.
/// </summary>
public static class ImportWork
{
    public const int ChunkSize = 1_000;

    public const int InlineRows = 500;

    /// <summary>The claim a confirming request holds on its batch while it writes (<see cref="ImportBatch.ClaimedBy"/>).</summary>
    public const string RequestClaim = "confirming request";

    /// <summary>How long a confirming request may take to write before the worker treats it as abandoned.</summary>
    public static readonly TimeSpan WriteClaimDuration = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The batch (tracked, with its plan and organisation). The pipeline has already checked that the user manages that
    /// organisation's plan (every message that names a batch is scoped to it: <see cref="ScopeTarget.ImportBatch"/>).
    /// </summary>
    public static async Task<ImportBatch> BatchAsync(GovernancePortalDbContext db, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.ImportBatches.Include(b => b.Plan).ThenInclude(p => p!.Organisation)
            .SingleOrDefaultAsync(b => b.Id == id && b.Kind == ImportKind.ImprovementActions, cancellationToken)
            ?? throw new NotFoundException("There is no import with this number.");
    }

    /// <summary>The file as a table; a file that no longer reads (it was read at upload) fails the batch.</summary>
    public static ImportTable Table(ImportBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return ImportTable.Read(batch.Content);
    }

    public static ImportMapping Mapping(ImportBatch batch, ImportTable table)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(table);
        return ImportMapping.FromJson(batch.Mapping) ?? ImportMapping.Guess(table.Headings);
    }

    public static async Task<ImportContext> ContextAsync(GovernancePortalDbContext db, ImportBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(batch);
        var organisation = batch.Plan!.Organisation!;
        var areas = await db.ImprovementAreas.AsNoTracking().Where(a => a.PlanId == batch.PlanId).OrderBy(a => a.Sequence)
            .Select(a => new ImportArea(a.Id, a.Code, a.Title)).ToListAsync(cancellationToken);
        var codes = await db.ImprovementActions.AsNoTracking().Where(a => a.Area!.PlanId == batch.PlanId).Select(a => a.Code).ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => p.OrganisationId == organisation.Id)
            .Select(p => new { p.Id, p.JobTitle, p.FullName, p.IsArchived }).ToListAsync(cancellationToken);
        return new ImportContext(
            organisation.ShortName,
            organisation.ActionCodeScheme,
            areas,
            codes.Select(c => c.ToUpperInvariant()).ToHashSet(StringComparer.OrdinalIgnoreCase),
            [.. people.Select(p => new ImportPerson(p.Id, p.JobTitle, p.FullName, string.IsNullOrWhiteSpace(p.FullName) ? p.JobTitle : $"{p.FullName} ({p.JobTitle})", p.IsArchived))]);
    }

    /// <summary>Checks the next chunk of a batch that is being checked (changes the batch; the caller saves).</summary>
    public static async Task CheckNextChunkAsync(GovernancePortalDbContext db, ImportBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Status != ImportStatus.Checking)
        {
            return;
        }

        var table = Table(batch);
        var checker = new ImportChecker(table, Mapping(batch, table), await ContextAsync(db, batch, cancellationToken));
        var results = checker.Check(batch.ProcessedRows, ChunkSize);
        var report = (ImportReport.FromJson(batch.Report) ?? new ImportReport { Rows = table.Rows.Count }).Add(results);
        ImportGuards.RecordChunk(batch, results.Count, table.Rows.Count, report.RowsWithErrors, report.ToJson());
    }

    /// <summary>
    /// Writes the actions of a batch being imported, with any new areas, RAG worked out by the organisation's rule,
    /// and the batch marked imported, in one SaveChanges. The rows are checked again first: if the plan has changed
    /// since the dry run so that the rows with errors are not the ones the user saw, nothing is written and the batch
    /// goes back to the new report.
    /// </summary>
    public static async Task<bool> WriteAsync(GovernancePortalDbContext db, ImportBatch batch, ICurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(time);
        if (batch.Status != ImportStatus.Importing)
        {
            return false;
        }

        var table = Table(batch);
        var checker = new ImportChecker(table, Mapping(batch, table), await ContextAsync(db, batch, cancellationToken));
        var results = checker.Check(0, table.Rows.Count);
        var previous = ImportReport.FromJson(batch.Report) ?? new ImportReport();
        var fresh = new ImportReport { Rows = table.Rows.Count }.Add(results);
        if (fresh.RowsWithErrors != batch.ErrorCount || fresh.WouldAdd == 0)
        {
            batch.Status = ImportStatus.Checked;
            batch.ProcessedRows = table.Rows.Count;
            batch.ErrorCount = fresh.RowsWithErrors;
            batch.Report = fresh.ToJson();
            return false;
        }

        var organisation = batch.Plan!.Organisation!;
        var today = time.Today();
        var actor = await ImprovementScope.ActorAsync(db, user, time, cancellationToken);
        var areas = await db.ImprovementAreas.Where(a => a.PlanId == batch.PlanId).ToListAsync(cancellationToken);
        var sequence = areas.Count == 0 ? 0 : areas.Max(a => a.Sequence);
        var added = new Dictionary<string, ImprovementArea>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        foreach (var planned in results.Where(r => r.Errors.Count == 0).Select(r => r.Action!))
        {
            ImprovementArea area;
            if (planned.AreaId is { } areaId)
            {
                area = areas.Single(a => a.Id == areaId);
            }
            else
            {
                var key = planned.NewArea!.Code ?? planned.NewArea.Title;
                if (!added.TryGetValue(key, out area!))
                {
                    area = new ImprovementArea { PlanId = batch.PlanId!.Value, Code = planned.NewArea.Code, Title = planned.NewArea.Title, Sequence = ++sequence };
                    db.ImprovementAreas.Add(area);
                    added[key] = area;
                }
            }

            var action = new ImprovementAction
            {
                Area = area,
                Code = planned.Code,
                Description = planned.Description,
                OwnerId = planned.OwnerId,
                OwnerText = planned.OwnerText,
                Source = planned.Source,
                SourceReference = planned.SourceReference,
                OriginalDueDate = planned.OriginalDueDate,
                DueDate = planned.DueDate,
                RevisionCount = planned.Revisions,
                Status = planned.Status,
                Progress = planned.Progress,
            };
            if (planned.RagOverride is { } rag)
            {
                action.OverrideRag(rag, $"Rated {rag} in the imported file {batch.FileName}", actor);
            }

            action.RecalculateRag(organisation.RagRule, today);
            area.Actions.Add(action);
            db.ImprovementActions.Add(action);
            count++;
        }

        batch.Status = ImportStatus.Imported;
        batch.ProcessedRows = table.Rows.Count;
        batch.CompletedAtUtc = actor.AtUtc;
        batch.Report = (fresh with { SkipInvalid = previous.SkipInvalid, Imported = count, AreasAdded = added.Count }).ToJson();
        return true;
    }

    /// <summary>Saves the batch as read (its version must still be the stored one); false when someone else got there first.</summary>
    public static async Task<bool> TrySaveAsync(GovernancePortalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}

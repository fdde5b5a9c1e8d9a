using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement.Import;

/// <summary>
/// Saves the column mapping and starts the dry run: every row is checked and the report stored, but nothing is
/// written to the plan. A small file is checked at once; a large one is left <see cref="ImportStatus.Checking"/> for the
/// background worker (<see cref="ImportBatchWorker"/>), which checks it chunk by chunk to the end on its own.
/// </summary>
public sealed record CheckImportCommand(int Id, Guid Version, IReadOnlyDictionary<string, string?> Columns) : ICommand<ImportStatus>, IOrganisationScoped
{
    public Permission Permission => Permission.ManageImprovementPlan;

    public ScopeTarget Scope => ScopeTarget.ImportBatch(Id);
}

public sealed class CheckImportValidator : UseCaseValidator<CheckImportCommand>
{
    public CheckImportValidator()
    {
        foreach (var field in ImportMapping.Fields.Where(f => f.Required))
        {
            RuleFor(x => x.Columns.GetValueOrDefault(field.Field.ToString())).NotEmpty()
                .WithMessage($"Choose the column that holds the {(field.Field == ImportField.Code ? "action codes" : "descriptions")}")
                .OverridePropertyName(ColumnKey(field.Field));
        }
    }

    /// <summary>The form field of a mapping select, as ModelState knows it under Input.</summary>
    public static string ColumnKey(ImportField field) => $"Columns[{field}]";
}

public sealed class CheckImportHandler(GovernancePortalDbContext db, ICurrentUser user, ImportQueue queue) : ICommandHandler<CheckImportCommand, ImportStatus>
{
    public async ValueTask<ImportStatus> Handle(CheckImportCommand command, CancellationToken cancellationToken)
    {
        var batch = await ImportWork.BatchAsync(db, user, command.Id, cancellationToken);
        ImportGuards.RequireOpen(batch, command.Version, db);
        var table = ImportWork.Table(batch);
        var columns = new Dictionary<ImportField, string>();
        foreach (var info in ImportMapping.Fields)
        {
            var heading = command.Columns.GetValueOrDefault(info.Field.ToString());
            if (string.IsNullOrEmpty(heading))
            {
                continue;
            }

            if (!table.Headings.Contains(heading, StringComparer.OrdinalIgnoreCase))
            {
                throw Validation.Fail(CheckImportValidator.ColumnKey(info.Field), $"Choose one of the file's columns for {info.Label.ToLowerInvariant()}");
            }

            columns[info.Field] = heading;
        }

        batch.Mapping = new ImportMapping(columns).ToJson();
        batch.Status = ImportStatus.Checking;
        batch.ProcessedRows = 0;
        batch.ErrorCount = 0;
        batch.TotalRows = table.Rows.Count;
        batch.Report = null;
        batch.ClaimedBy = null;
        batch.ClaimExpiresAtUtc = null;
        if (batch.TotalRows < ImportWork.InlineRows)
        {
            await ImportWork.CheckNextChunkAsync(db, batch, cancellationToken);
        }

        await ImportGuards.SaveAsync(db, batch, cancellationToken);
        if (batch.Status == ImportStatus.Checking)
        {
            queue.Notify();
        }

        return batch.Status;
    }
}

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

        db.Entry(batch).Property(b => b.Version).OriginalValue = version;
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

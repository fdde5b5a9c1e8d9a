using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement.Import;

/// <summary>An uploaded file: its first rows, the column mapping, the dry run (check), and the import (confirm) or discard.</summary>
public static class ImportPreview
{
    /// <summary>What the page's one form posts, for any of its buttons (check, confirm, discard).</summary>
    public sealed record Form
    {
        public Dictionary<string, string?> Columns { get; set; } = [];

        public bool SkipInvalid { get; set; }

        public Guid Version { get; set; }
    }

    /// <summary>An import batch for the preview page: the file's header and first rows, the mapping, progress and report.</summary>
    public sealed record Query(int Id) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.ImportBatch(Id);
    }

    public sealed record View(
        int Id,
        Guid Version,
        ImportStatus Status,
        string FileName,
        string FormatName,
        int PlanId,
        string PlanTitle,
        string OrganisationCode,
        string OrganisationShortName,
        string UploadedByName,
        DateTime UploadedAtUtc,
        int TotalRows,
        int ProcessedRows,
        int ErrorCount,
        int HeaderRowNumber,
        IReadOnlyList<string> Headings,
        IReadOnlyList<ImportRow> Sample,
        IReadOnlyDictionary<ImportField, string> Mapping,
        ImportReport? Report)
    {
        public const int SampleRows = 5;

        public bool InProgress => Status is ImportStatus.Checking or ImportStatus.Importing;

        /// <summary>The mapping and dry run can still change.</summary>
        public bool IsOpen => Status is ImportStatus.Uploaded or ImportStatus.Checked;
    }

    public sealed class QueryHandler(GovernancePortalDbContext db) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            var batch = await ImportWork.BatchAsync(db, query.Id, cancellationToken);
            var table = batch.Content.Length == 0 ? new ImportTable(ImportFormat.Csv, 0, [], []) : ImportWork.Table(batch);
            var plan = batch.Plan!;
            return new View(
                batch.Id,
                batch.Version,
                batch.Status,
                batch.FileName,
                table.FormatName,
                plan.Id,
                plan.Title,
                plan.Organisation!.Code,
                plan.Organisation.ShortName,
                batch.UploadedByName,
                batch.UploadedAtUtc,
                batch.TotalRows,
                batch.ProcessedRows,
                batch.ErrorCount,
                table.HeaderRowNumber,
                table.Headings,
                [.. table.Rows.Take(View.SampleRows)],
                ImportWork.Mapping(batch, table).Columns,
                ImportReport.FromJson(batch.Report));
        }
    }


    /// <summary>
    /// Saves the column mapping and starts the dry run: every row is checked and the report stored, but nothing is
    /// written to the plan. A small file is checked at once; a large one is left <see cref="ImportStatus.Checking"/> for the
    /// background worker (<see cref="ImportBatchWorker"/>), which checks it chunk by chunk to the end on its own.
    /// </summary>
    public sealed record CheckCommand(int Id, Guid Version, IReadOnlyDictionary<string, string?> Columns) : ICommand<ImportStatus>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.ImportBatch(Id);
    }

    public sealed class CheckValidator : UseCaseValidator<CheckCommand>
    {
        public CheckValidator()
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

    public sealed class CheckHandler(GovernancePortalDbContext db, ImportQueue queue) : ICommandHandler<CheckCommand, ImportStatus>
    {
        public async ValueTask<ImportStatus> Handle(CheckCommand command, CancellationToken cancellationToken)
        {
            var batch = await ImportWork.BatchAsync(db, command.Id, cancellationToken);
            ImportGuards.RequireOpen(batch, command.Version, db);
            var table = ImportWork.Table(batch);
            var columns = ImportGuards.ChosenColumns(command.Columns, ImportMapping.Fields.Select(f => (f.Field, f.Label)), table, CheckValidator.ColumnKey);
            return await ImportGuards.StartCheckAsync(
                db, queue, batch, new ImportMapping(columns).ToJson(), table.Rows.Count, ct => ImportWork.CheckNextChunkAsync(db, batch, ct), cancellationToken);
        }
    }

    /// <summary>
    /// The user confirms the import after the dry run. With errors in the report, only an explicit
    /// <see cref="SkipInvalid"/> imports the other rows, in this request (one SaveChanges, audited as the user). The batch
    /// is first saved as <see cref="ImportStatus.Importing"/>, claimed for this request: two tabs confirming the same batch,
    /// the second is refused (the batch's version has moved on); if the instance stops while writing, the claim expires
    /// and the background worker puts the batch back to its report (nothing was written).
    /// </summary>
    public sealed record ConfirmCommand(int Id, Guid Version, bool SkipInvalid) : ICommand<ImportStatus>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.ImportBatch(Id);
    }

    public sealed class ConfirmHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<ConfirmCommand, ImportStatus>
    {
        public async ValueTask<ImportStatus> Handle(ConfirmCommand command, CancellationToken cancellationToken)
        {
            var batch = await ImportWork.BatchAsync(db, command.Id, cancellationToken);
            ImportGuards.RequireOpen(batch, command.Version, db);
            var report = ImportReport.FromJson(batch.Report);
            if (batch.Status != ImportStatus.Checked || report is null)
            {
                throw Validation.Fail(string.Empty, "Check the file (dry run) before importing it");
            }

            if (report.WouldAdd == 0)
            {
                throw Validation.Fail(string.Empty, "Every row has an error: there is nothing to import. Correct the file and upload it again");
            }

            if (batch.ErrorCount > 0 && !command.SkipInvalid)
            {
                throw Validation.Fail(nameof(ConfirmCommand.SkipInvalid),
                    $"Confirm that the {Plural.Of(batch.ErrorCount, "row")} with errors should be left out, or correct the file and upload it again");
            }

            batch.Status = ImportStatus.Importing;
            batch.Report = (report with { SkipInvalid = command.SkipInvalid }).ToJson();
            batch.ClaimedBy = ImportWork.RequestClaim;
            batch.ClaimExpiresAtUtc = time.GetUtcNow().UtcDateTime + ImportWork.WriteClaimDuration;
            await ImportGuards.SaveAsync(db, batch, cancellationToken);
            await ImportWork.WriteAsync(db, batch, user, time, cancellationToken);
            batch.ClaimedBy = null;
            batch.ClaimExpiresAtUtc = null;
            await ImportGuards.SaveAsync(db, batch, cancellationToken);
            return batch.Status;
        }
    }

    /// <summary>Throws the file away: nothing is imported, and its content is not kept.</summary>
    public sealed record DiscardCommand(int Id, Guid Version) : ICommand, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageImprovementPlan;

        public ScopeTarget Scope => ScopeTarget.ImportBatch(Id);
    }

    public sealed class DiscardHandler(GovernancePortalDbContext db, TimeProvider time) : ICommandHandler<DiscardCommand>
    {
        public async ValueTask<Unit> Handle(DiscardCommand command, CancellationToken cancellationToken)
        {
            var batch = await ImportWork.BatchAsync(db, command.Id, cancellationToken);
            ImportGuards.RequireOpen(batch, command.Version, db);
            batch.Status = ImportStatus.Discarded;
            batch.Content = [];
            batch.CompletedAtUtc = time.GetUtcNow().UtcDateTime;
            await ImportGuards.SaveAsync(db, batch, cancellationToken);
            return Unit.Value;
        }
    }
}

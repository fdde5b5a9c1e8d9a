using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement.Import;
using GovernancePortal.Application.Security;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Domain.Text;
using GovernancePortal.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Recommendations.Import;

/// <summary>
/// An uploaded file of recommendations (/recommendations/import/{id}): its first rows, the column mapping, the dry run
/// (check) with the rows in error and the reports, source bodies and themes it would add, and the import (confirm, all
/// or nothing) or discard.
/// </summary>
public static class RecommendationImportPreview
{
    /// <summary>What the page's forms post, for any of its buttons (check, confirm, discard).</summary>
    public sealed record Form
    {
        public Dictionary<string, string?> Columns { get; set; } = [];

        public Guid Version { get; set; }
    }

    public sealed record Query(int Id) : IQuery<View>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.ImportBatch(Id);
    }

    public sealed record View(
        int Id,
        Guid Version,
        ImportStatus Status,
        string FileName,
        string FormatName,
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
        IReadOnlyDictionary<RecommendationField, string> Mapping,
        RecommendationImportReport? Report)
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
            var batch = await RecommendationImportWork.BatchAsync(db, query.Id, cancellationToken);
            var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == batch.OrganisationId, cancellationToken);
            var table = batch.Content.Length == 0 ? new ImportTable(ImportFormat.Csv, 0, [], []) : RecommendationImportWork.Table(batch);
            return new View(
                batch.Id,
                batch.Version,
                batch.Status,
                batch.FileName,
                table.FormatName,
                organisation.Code,
                organisation.ShortName,
                batch.UploadedByName,
                batch.UploadedAtUtc,
                batch.TotalRows,
                batch.ProcessedRows,
                batch.ErrorCount,
                table.HeaderRowNumber,
                table.Headings,
                [.. table.Rows.Take(View.SampleRows)],
                RecommendationImportWork.Mapping(batch, table).Columns,
                RecommendationImportReport.FromJson(batch.Report));
        }
    }

    /// <summary>
    /// Saves the column mapping and starts the dry run: every row is checked and the report stored, but nothing is
    /// written to the register. A small file is checked at once; a large one by the background worker.
    /// </summary>
    public sealed record CheckCommand(int Id, Guid Version, IReadOnlyDictionary<string, string?> Columns) : ICommand<ImportStatus>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.ImportBatch(Id);
    }

    public sealed class CheckValidator : UseCaseValidator<CheckCommand>
    {
        public CheckValidator()
        {
            foreach (var field in RecommendationImportMapping.Fields.Where(f => f.Required))
            {
                RuleFor(x => x.Columns.GetValueOrDefault(field.Field.ToString())).NotEmpty()
                    .WithMessage($"Choose the column that holds the {field.Label.ToLowerInvariant()}")
                    .OverridePropertyName(ColumnKey(field.Field));
            }
        }

        /// <summary>The form field of a mapping select, as ModelState knows it under Input.</summary>
        public static string ColumnKey(RecommendationField field) => $"Columns[{field}]";
    }

    public sealed class CheckHandler(GovernancePortalDbContext db, ImportQueue queue) : ICommandHandler<CheckCommand, ImportStatus>
    {
        public async ValueTask<ImportStatus> Handle(CheckCommand command, CancellationToken cancellationToken)
        {
            var batch = await RecommendationImportWork.BatchAsync(db, command.Id, cancellationToken);
            ImportGuards.RequireOpen(batch, command.Version, db);
            var table = RecommendationImportWork.Table(batch);
            var columns = ImportGuards.ChosenColumns(command.Columns, RecommendationImportMapping.Fields.Select(f => (f.Field, f.Label)), table, CheckValidator.ColumnKey);
            return await ImportGuards.StartCheckAsync(
                db, queue, batch, new RecommendationImportMapping(columns).ToJson(), table.Rows.Count, ct => RecommendationImportWork.CheckNextChunkAsync(db, batch, ct), cancellationToken);
        }
    }

    /// <summary>
    /// The user confirms the import after a dry run without errors: every recommendation, with the new reports, source
    /// bodies and themes, in one SaveChanges (one audited transaction). Claimed for the request while it writes, as for
    /// the improvement import, so two tabs confirming import once.
    /// </summary>
    public sealed record ConfirmCommand(int Id, Guid Version) : ICommand<ImportStatus>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.ImportBatch(Id);
    }

    public sealed class ConfirmHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<ConfirmCommand, ImportStatus>
    {
        public async ValueTask<ImportStatus> Handle(ConfirmCommand command, CancellationToken cancellationToken)
        {
            var batch = await RecommendationImportWork.BatchAsync(db, command.Id, cancellationToken);
            ImportGuards.RequireOpen(batch, command.Version, db);
            var report = RecommendationImportReport.FromJson(batch.Report);
            if (batch.Status != ImportStatus.Checked || report is null)
            {
                throw Validation.Fail(string.Empty, "Check the file (dry run) before importing it");
            }

            if (batch.ErrorCount > 0)
            {
                throw Validation.Fail(string.Empty,
                    $"{Plural.Of(batch.ErrorCount, "row")} {Plural.Word(batch.ErrorCount, "has", "have")} errors: nothing can be imported until the file is corrected. Correct it and upload it again");
            }

            batch.Status = ImportStatus.Importing;
            batch.ClaimedBy = ImportWork.RequestClaim;
            batch.ClaimExpiresAtUtc = time.GetUtcNow().UtcDateTime + ImportWork.WriteClaimDuration;
            await ImportGuards.SaveAsync(db, batch, cancellationToken);
            await RecommendationImportWork.WriteAsync(db, batch, user, time, cancellationToken);
            batch.ClaimedBy = null;
            batch.ClaimExpiresAtUtc = null;
            await ImportGuards.SaveAsync(db, batch, cancellationToken);
            return batch.Status;
        }
    }

    /// <summary>Throws the file away: nothing is imported, and its content is not kept. Returns the organisation's code.</summary>
    public sealed record DiscardCommand(int Id, Guid Version) : ICommand<string>, IOrganisationScoped
    {
        public Permission Permission => Permission.ManageRecommendations;

        public ScopeTarget Scope => ScopeTarget.ImportBatch(Id);
    }

    public sealed class DiscardHandler(GovernancePortalDbContext db, TimeProvider time) : ICommandHandler<DiscardCommand, string>
    {
        public async ValueTask<string> Handle(DiscardCommand command, CancellationToken cancellationToken)
        {
            var batch = await RecommendationImportWork.BatchAsync(db, command.Id, cancellationToken);
            ImportGuards.RequireOpen(batch, command.Version, db);
            batch.Status = ImportStatus.Discarded;
            batch.Content = [];
            batch.CompletedAtUtc = time.GetUtcNow().UtcDateTime;
            await ImportGuards.SaveAsync(db, batch, cancellationToken);
            return await db.Organisations.AsNoTracking().Where(o => o.Id == batch.OrganisationId).Select(o => o.Code).SingleAsync(cancellationToken);
        }
    }
}

using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Data;
using Mediator;

namespace GovernancePortal.Application.Features.Improvement.Import;

/// <summary>An import batch for the preview page: the file's header and first rows, the mapping, progress and report.</summary>
public sealed record GetImportBatchQuery(int Id) : IQuery<ImportBatchView>;

public sealed record ImportBatchView(
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

public sealed class GetImportBatchHandler(GovernancePortalDbContext db, ICurrentUser user) : IQueryHandler<GetImportBatchQuery, ImportBatchView>
{
    public async ValueTask<ImportBatchView> Handle(GetImportBatchQuery query, CancellationToken cancellationToken)
    {
        var batch = await ImportWork.BatchAsync(db, user, query.Id, cancellationToken);
        var table = batch.Content.Length == 0 ? new ImportTable(ImportFormat.Csv, 0, [], []) : ImportWork.Table(batch);
        var plan = batch.Plan!;
        return new ImportBatchView(
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
            [.. table.Rows.Take(ImportBatchView.SampleRows)],
            ImportWork.Mapping(batch, table).Columns,
            ImportReport.FromJson(batch.Report));
    }
}

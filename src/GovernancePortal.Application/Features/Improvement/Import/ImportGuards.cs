using FluentValidation;
using GovernancePortal.Application.Common;
using GovernancePortal.Domain.Common;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Files;

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

    /// <summary>
    /// The columns chosen on the mapping form (posted as field name → heading; unchosen ones left out), each checked to
    /// be one of the file's headings. For either kind of import.
    /// </summary>
    public static Dictionary<TField, string> ChosenColumns<TField>(
        IReadOnlyDictionary<string, string?> posted, IEnumerable<(TField Field, string Label)> fields, ImportTable table, Func<TField, string> formKey)
        where TField : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(posted);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(formKey);
        var columns = new Dictionary<TField, string>();
        foreach (var (field, label) in fields)
        {
            var heading = posted.GetValueOrDefault(field.ToString());
            if (string.IsNullOrEmpty(heading))
            {
                continue;
            }

            if (!table.Headings.Contains(heading, StringComparer.OrdinalIgnoreCase))
            {
                throw Validation.Fail(formKey(field), $"Choose one of the file's columns for {label.ToLowerInvariant()}");
            }

            columns[field] = heading;
        }

        return columns;
    }

    /// <summary>
    /// Starts the dry run of a batch with its mapping (counts, report and any claim cleared): a small file is checked at
    /// once by <paramref name="checkFirstChunk"/>, a larger one is left to the background worker, which is woken. Saves.
    /// </summary>
    public static async Task<ImportStatus> StartCheckAsync(
        GovernancePortalDbContext db, ImportQueue queue, ImportBatch batch, string mapping, int totalRows,
        Func<CancellationToken, Task> checkFirstChunk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(checkFirstChunk);
        batch.Mapping = mapping;
        batch.Status = ImportStatus.Checking;
        batch.ProcessedRows = 0;
        batch.ErrorCount = 0;
        batch.TotalRows = totalRows;
        batch.Report = null;
        batch.ClaimedBy = null;
        batch.ClaimExpiresAtUtc = null;
        if (totalRows < ImportWork.InlineRows)
        {
            await checkFirstChunk(cancellationToken);
        }

        await SaveAsync(db, batch, cancellationToken);
        if (batch.Status == ImportStatus.Checking)
        {
            queue.Notify();
        }

        return batch.Status;
    }

    /// <summary>Records a checked chunk on the batch: rows done, errors and the report so far; checked once every row is.</summary>
    public static void RecordChunk(ImportBatch batch, int rowsChecked, int totalRows, int rowsWithErrors, string report)
    {
        ArgumentNullException.ThrowIfNull(batch);
        batch.ProcessedRows += rowsChecked;
        batch.TotalRows = totalRows;
        batch.ErrorCount = rowsWithErrors;
        batch.Report = report;
        if (batch.ProcessedRows >= batch.TotalRows)
        {
            batch.Status = ImportStatus.Checked;
        }
    }

    public static async Task SaveAsync(GovernancePortalDbContext db, ImportBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await ImportWork.TrySaveAsync(db, cancellationToken))
        {
            throw Conflict(batch, db);
        }
    }

    /// <summary>
    /// An uploaded file as a table, after checking that its content really is what its name says (CSV as UTF-8 text, or
    /// an XLSX workbook) and that it has rows: otherwise a validation error on <paramref name="fileField"/>.
    /// </summary>
    public static ImportTable ReadUpload(string? fileName, byte[] content, string fileField, Func<byte[], ImportTable> read, string rowsOf)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(read);
        var isXlsx = string.Equals(Path.GetExtension(fileName), ".xlsx", StringComparison.OrdinalIgnoreCase);
        if (isXlsx != XlsxReader.LooksLikeZip(content) || (!isXlsx && ImportTable.CsvText(content) is null))
        {
            throw Validation.Fail(fileField, isXlsx
                ? "The selected file is not an Excel workbook: its content does not match its .xlsx name"
                : "The selected file is not a CSV file saved as UTF-8 text. In Excel, choose Save As and then CSV UTF-8 (Comma delimited), or upload the .xlsx file itself");
        }

        ImportTable table;
        try
        {
            table = read(content);
        }
        catch (ImportTable.UnreadableException e)
        {
            throw Validation.Fail(fileField, e.Message.TrimEnd('.'));
        }

        if (table.Rows.Count == 0)
        {
            throw Validation.Fail(fileField, $"The selected file has a header row but no rows of {rowsOf}");
        }

        return table;
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

/// <summary>An upload command's file: its name and length (the content is checked by <see cref="ImportGuards.ReadUpload"/>).</summary>
public interface IImportFile
{
    string? FileName { get; }

    long Length { get; }
}

/// <summary>The rules every import upload shares: a file, small enough, named .csv or .xlsx (included by the commands' validators).</summary>
public sealed class ImportFileValidator : UseCaseValidator<IImportFile>
{
    public const string FileField = "File";

    public ImportFileValidator()
    {
        RuleFor(x => x.Length).GreaterThan(0).WithMessage("Select a CSV or Excel file")
            .LessThanOrEqualTo(UploadLimits.MaxFileBytes).WithMessage(UploadLimits.FileTooLargeMessage)
            .OverridePropertyName(FileField);
        RuleFor(x => Path.GetExtension(x.FileName ?? string.Empty).ToLowerInvariant()).Must(e => e is ".csv" or ".xlsx")
            .When(x => x.Length > 0)
            .WithMessage("The selected file must be a CSV file or an Excel workbook (.xlsx)")
            .OverridePropertyName(FileField);
    }
}

using System.Globalization;
using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement.Register;
using GovernancePortal.Domain.Improvement;
using GovernancePortal.Infrastructure.Data;
using GovernancePortal.Infrastructure.Files;
using GovernancePortal.Domain.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace GovernancePortal.Application.Features.Improvement.Export;

public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>A file to download.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// The register's actions for the same filters (and order) as the register page, as CSV or XLSX, with the columns an
/// import reads back: an exported register can be imported into another plan as it is.
/// </summary>
public sealed record ExportRegisterQuery(RegisterFilter Filter, ExportFormat Format) : IQuery<ExportFile>;

public sealed class ExportRegisterHandler(GovernancePortalDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<ExportRegisterQuery, ExportFile>
{
    /// <summary>The columns, in order, with their widths in the workbook.</summary>
    public static IReadOnlyList<XlsxColumn> Columns { get; } =
    [
        new("Organisation", 14), new("Plan", 30), new("Area code", 10), new("Area title", 30), new("Code", 10),
        new("Description", 60), new("Owner", 30), new("Source", 22), new("Source reference", 26),
        new("Original due date", 13), new("Due date", 13), new("Revisions", 10), new("Days late", 10), new("Status", 18),
        new("RAG", 9), new("RAG overridden", 10), new("Latest progress", 60),
    ];

    public async ValueTask<ExportFile> Handle(ExportRegisterQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = time.Today();
        var filter = query.Filter;
        var visible = await ImprovementScope.VisibleOrganisationsAsync(db, user, cancellationToken);
        var organisations = visible.Where(o => filter.Organisation is null || string.Equals(o.Code, filter.Organisation, StringComparison.OrdinalIgnoreCase)).ToList();
        var actions = await RegisterQuery.FilterAsync(db, user, filter, [.. organisations.Select(o => o.Id)], today, cancellationToken);
        var rows = await RegisterQuery.Project(RegisterQuery.Sort(actions, filter.Sort), today).Take(ListRegisterHandler.ExportLimit).ToListAsync(cancellationToken);
        var cells = rows.Select(r => (IReadOnlyList<object?>)
        [
            r.OrganisationName,
            r.PlanTitle,
            r.AreaCode,
            r.AreaTitle,
            r.Code,
            r.Description,
            r.Owner,
            r.Source?.DisplayName(),
            r.SourceReference,
            r.OriginalDueDate,
            r.DueDate,
            r.RevisionCount,
            r.DaysLate(today),
            r.Status.DisplayName(),
            r.Rag?.ToString(),
            r.RagOverridden ? "Yes" : "No",
            r.Progress,
        ]).ToList();

        // mps, mopac or register (several organisations), then the date: improvement-register-mps-2026-12-02.xlsx
        var scope = organisations.Count == 1 ? organisations[0].Code.ToLowerInvariant() : "all";
        var name = string.Create(CultureInfo.InvariantCulture, $"improvement-register-{scope}-{today:yyyy-MM-dd}");
        return ExportFiles.Build(name, "Register", Columns, cells, query.Format);
    }
}

/// <summary>
/// A table as a CSV file (UTF-8 with a byte-order mark, cells guarded against formulas by <see cref="CsvWriter"/>) or
/// an XLSX workbook, for every export (improvement register, recommendations).
/// </summary>
public static class ExportFiles
{
    /// <summary>The file <paramref name="name"/>.csv or .xlsx: a header row of the columns' headings, then the rows.</summary>
    public static ExportFile Build(string name, string sheetName, IReadOnlyList<XlsxColumn> columns, IReadOnlyList<IReadOnlyList<object?>> rows, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (format == ExportFormat.Xlsx)
        {
            return new ExportFile(XlsxWriter.Write(sheetName, columns, rows), XlsxWriter.ContentType, name + ".xlsx");
        }

        var csv = new CsvWriter().WriteRow(columns.Select(c => c.Heading));
        foreach (var row in rows)
        {
            csv.WriteRow(row.Select(Text));
        }

        return new ExportFile(csv.ToBytes(), "text/csv; charset=utf-8", name + ".csv");
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

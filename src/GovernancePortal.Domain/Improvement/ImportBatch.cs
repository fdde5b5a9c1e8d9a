using GovernancePortal.Domain.Common;

namespace GovernancePortal.Domain.Improvement;

/// <summary>
/// An uploaded plan file (CSV or XLSX) on its way into the register: kept until the user has mapped its columns,
/// seen the dry run and confirmed (or discarded it). Nothing reaches the register before confirmation.
/// </summary>
public class ImportBatch : Entity, IAudited, IVersioned
{
    public const int FileNameMaxLength = 260;

    /// <summary>Largest file accepted (5 MB: some tens of thousands of rows).</summary>
    public const int MaxFileBytes = 5 * 1024 * 1024;

    public int OrganisationId { get; set; }

    /// <summary>The plan the rows go into.</summary>
    public int PlanId { get; set; }

    public ImprovementPlan? Plan { get; set; }

    public required string FileName { get; set; }

    public required byte[] Content { get; set; }

    /// <summary>The column mapping chosen by the user (JSON: field → column heading).</summary>
    public string? Mapping { get; set; }

    public ImportStatus Status { get; set; }

    public int TotalRows { get; set; }

    /// <summary>Rows checked (dry run) or written (import) so far, for the progress display.</summary>
    public int ProcessedRows { get; set; }

    public int ErrorCount { get; set; }

    /// <summary>The last dry run's or the import's report (JSON).</summary>
    public string? Report { get; set; }

    public string? UploadedByUserId { get; set; }

    public required string UploadedByName { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    public DateTime? CompletedAtUtc { get; set; }

    public Guid Version { get; set; }
}

public enum ImportStatus
{
    Uploaded,
    Checking,
    Checked,
    Importing,
    Imported,
    Failed,
    Discarded,
}

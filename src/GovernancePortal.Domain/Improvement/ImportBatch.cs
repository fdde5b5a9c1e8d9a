using GovernancePortal.Domain.Common;

namespace GovernancePortal.Domain.Improvement;

/// <summary>
/// An uploaded plan file (CSV or XLSX) on its way into the register: kept until the user has mapped its columns,
/// seen the dry run and confirmed (or discarded it). Nothing reaches the register before confirmation.
/// </summary>
public class ImportBatch : Entity, IAudited, IVersioned
{
    public const int FileNameMaxLength = 260;

    public const int ClaimedByMaxLength = 100;

    /// <summary>Largest file accepted (<see cref="UploadLimits.MaxFileBytes"/>).</summary>
    public const int MaxFileBytes = UploadLimits.MaxFileBytes;

    public int OrganisationId { get; set; }

    /// <summary>What the rows become: improvement actions (into <see cref="PlanId"/>) or external recommendations.</summary>
    public ImportKind Kind { get; set; }

    /// <summary>The plan the rows go into (improvement actions only).</summary>
    public int? PlanId { get; set; }

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

    /// <summary>The app instance whose background worker is checking the batch, while it holds the claim.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>
    /// Until when the claim holds. The worker renews it with every chunk it saves; a claim not renewed in time (the
    /// instance stopped) can be taken over by another worker, which carries on from <see cref="ProcessedRows"/>.
    /// </summary>
    public DateTime? ClaimExpiresAtUtc { get; set; }

    public Guid Version { get; set; }
}

public enum ImportKind
{
    ImprovementActions,
    Recommendations,
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

using GovernancePortal.Domain.Common;

namespace GovernancePortal.Domain.Surveys;

/// <summary>
/// A CSV or XLSX file of respondents uploaded for a survey, kept until the governance team applies it after the
/// preview (the dry run shows every row that would be added and every row's errors).
/// </summary>
public class RespondentUpload : Entity, IAudited
{
    public int SurveyId { get; set; }

    public Survey? Survey { get; set; }

    public required string FileName { get; set; }

    public required byte[] Content { get; set; }

    public required string UploadedByName { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    public DateTime? AppliedAtUtc { get; set; }

    public string? AppliedByName { get; set; }

    public int AddedCount { get; set; }
}

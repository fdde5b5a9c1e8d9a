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

    public bool IsApplied => AppliedAtUtc is not null;

    /// <summary>Records that the file's valid rows were added. A file is applied once: applying it again is refused.</summary>
    public void MarkApplied(int added, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (IsApplied)
        {
            throw new DomainException($"This file has already been applied by {AppliedByName}: {AddedCount} {(AddedCount == 1 ? "respondent was" : "respondents were")} added. Upload the file again to add anyone it left out.");
        }

        if (added <= 0)
        {
            throw new DomainException("No row of this file can be added. Correct the file and upload it again.");
        }

        AppliedAtUtc = actor.AtUtc;
        AppliedByName = actor.Name;
        AddedCount = added;
    }
}

using System.Globalization;

namespace GovernancePortal.Domain.Common;

/// <summary>
/// The one limit on uploaded files. The upload pages' request limits, the use cases' checks, the hint under the file
/// input and the error message all come from here, so the message always names the limit that is enforced.
/// </summary>
public static class UploadLimits
{
    /// <summary>Largest file accepted: 5 MB (some tens of thousands of rows of a plan).</summary>
    public const int MaxFileMegabytes = 5;

    public const int MaxFileBytes = MaxFileMegabytes * 1024 * 1024;

    /// <summary>
    /// Largest request body an upload page reads. A file bigger than <see cref="MaxFileBytes"/> but within this is read
    /// (to a temporary file, not into memory) and refused by the use case's own check, so the form comes back with the
    /// plan chosen and the message; a bigger body is not read at all and gets a page that names the limit.
    /// </summary>
    public const long MaxRequestBytes = 64L * 1024 * 1024;

    /// <summary>"5 MB", as the hint and the messages say it.</summary>
    public static string MaxFileSize { get; } = string.Create(CultureInfo.InvariantCulture, $"{MaxFileMegabytes} MB");

    /// <summary>The GOV.UK message for a file over the limit.</summary>
    public static string FileTooLargeMessage { get; } = $"The selected file must be smaller than {MaxFileSize}";
}

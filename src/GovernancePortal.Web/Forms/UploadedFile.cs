using GovernancePortal.Domain.Common;

namespace GovernancePortal.Web.Forms;

/// <summary>An uploaded file as the upload use cases take it: its bytes, or none when it is empty or over the limit (the use case then says which).</summary>
public static class UploadedFile
{
    public static async Task<byte[]?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is not { Length: > 0 and <= UploadLimits.MaxFileBytes })
        {
            return null;
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}

using GovernancePortal.Domain.Common;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace GovernancePortal.Web.Filters;

/// <summary>
/// Marks a page that takes a file upload and applies the one upload limit (<see cref="UploadLimits"/>) to it. The
/// filter reads the posted form itself, before the antiforgery check would (which turns a form it cannot read into a
/// bare 400):
/// <list type="bullet">
/// <item>a body within <see cref="UploadLimits.MaxRequestBytes"/> is read (files go to temporary storage, not memory),
/// so a file over <see cref="UploadLimits.MaxFileBytes"/> reaches the use case, whose own check re-shows the form with
/// the message naming the limit and the other answers kept;</item>
/// <item>a bigger body is not read at all: the answer is 413 and the error page says the limit.</item>
/// </list>
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class FileUploadAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>After the sign-in and permission checks, before the antiforgery check (order 1000), which reads the form.</summary>
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var request = http.Request;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = UploadLimits.MaxRequestBytes;
        }

        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            return;
        }

        if (request.ContentLength > UploadLimits.MaxRequestBytes)
        {
            context.Result = TooLarge();
            return;
        }

        if (http.Features.Get<IFormFeature>() is not { Form: not null })
        {
            http.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes }));
        }

        try
        {
            await request.ReadFormAsync(http.RequestAborted);
        }
        catch (InvalidDataException exception) when (exception.Message.StartsWith("Multipart body length limit", StringComparison.Ordinal))
        {
            // A body sent without a length (chunked) that turned out too large.
            context.Result = TooLarge();
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server's own limit (Kestrel's MaxRequestBodySize, set above).
            context.Result = TooLarge();
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            // Any other unreadable form is left to the antiforgery check, which answers 400.
        }
    }

    /// <summary>413, shown by the error page (<c>/error/413</c>) with the limit.</summary>
    private static StatusCodeResult TooLarge() => new(StatusCodes.Status413PayloadTooLarge);
}

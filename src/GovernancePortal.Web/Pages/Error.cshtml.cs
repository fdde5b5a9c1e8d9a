using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages;

/// <summary>Error pages for status codes (re-executed by the status code pages middleware) and unhandled exceptions.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string RequestId { get; private set; } = string.Empty;

    /// <summary>The page whose request failed (a path on this site), to go back to.</summary>
    public string? BackUrl { get; private set; }

    public string Title => Code switch
    {
        404 => "Page not found",
        403 => "You do not have permission to view this page",
        400 => "There is a problem with your request",
        413 => "The selected file is too large",
        429 => "Too many attempts to sign in",
        _ => "Sorry, there is a problem with the service",
    };

    /// <summary>
    /// Runs for every request, whatever its method: the page has no handler methods, so a re-executed POST (whose
    /// original form may be unreadable, as for the 400 of a form the framework refused, such as one containing a NUL
    /// character) is shown like a GET. The code comes from the route only, never from model binding. (No OnPost: this
    /// page takes no form, so it has no use case.)
    /// </summary>
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Code = int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 500;
        // After an exception, the exception handler has already chosen the status (403 or 404 for a refusal).
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null && Response.StatusCode is >= 400 and < 500)
        {
            Code = Response.StatusCode;
        }

        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var original = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>();
        BackUrl = original?.OriginalPath is { Length: > 1 } path && path[0] == '/' && path[1] != '/' && path[1] != '\\'
            ? path + original.OriginalQueryString
            : null;
        Response.StatusCode = Code is >= 400 and < 600 ? Code : 500;
    }
}

using System.Globalization;
using FluentValidation;
using GovernancePortal.Application.Features.Admin.Audit;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace GovernancePortal.Web.Pages.Admin.Audit;

/// <summary>
/// The whole audit trail, account events included: filtered by GET (so a filtered view can be bookmarked and
/// exported), 50 rows a page, newest first.
/// </summary>
public sealed class IndexModel(IMediator mediator) : AuditFilterPageModel
{
    /// <summary>What is wrong with the filters, in the order of the form (for the error summary).</summary>
    public List<(string Field, string Message)> Errors { get; } = [];

    public ListAuditEntries.Result Log { get; private set; } = new([], 0, 1, 1, []);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        try
        {
            Log = await mediator.Send(new ListAuditEntries.Query(From, To, UserName, Type, AuditAction, Key, page), cancellationToken);
            return Page();
        }
        catch (ValidationException validation)
        {
            // The filters are query parameters, not the page's Input: their errors are keyed by parameter name and
            // listed in the order of the form.
            foreach (var failure in validation.Errors)
            {
                var field = failure.PropertyName.ToLowerInvariant();
                ModelState.AddModelError(field, failure.ErrorMessage);
                Errors.Add((field, failure.ErrorMessage));
            }

            Log = new ListAuditEntries.Result([], 0, 1, 1, await mediator.Send(new ListAuditEntries.RecordTypesQuery(), cancellationToken));
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }
    }

    /// <summary>The filters as route values (empty ones left out), for the export link (<c>asp-all-route-data</c>).</summary>
    public Dictionary<string, string> Filters => new Dictionary<string, string?>
    {
        ["from"] = From,
        ["to"] = To,
        ["user"] = UserName,
        ["type"] = Type,
        ["action"] = AuditAction,
        ["key"] = Key,
    }.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value!);

    /// <summary>
    /// This page with its filters, at page <paramref name="number"/>: generated from the page, with the page number
    /// added to the query string afterwards ("page" is the route value naming the Razor page, so it cannot be one).
    /// </summary>
    public string PageLink(int number)
    {
        var path = Url.Page("Index", Filters.ToDictionary(f => f.Key, f => (object?)f.Value)) ?? string.Empty;
        return number > 1 ? QueryHelpers.AddQueryString(path, "page", number.ToString(CultureInfo.InvariantCulture)) : path;
    }

    /// <summary>This page with its filters and page, for history pages' back links.</summary>
    public string CurrentPage => PageLink(Log.Page);

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}

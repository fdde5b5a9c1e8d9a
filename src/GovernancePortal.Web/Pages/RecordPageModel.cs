using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages;

/// <summary>
/// The pages of one record (a survey, a paper): the record's id from the route, reloading after an error, and the way
/// back to the record's own page with a message.
/// </summary>
public abstract class RecordPageModel(IMediator mediator, string recordPage) : PageModel, IReloadOnError
{

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    protected IMediator Mediator { get; } = mediator;

    /// <summary>After a conflict the form keeps what the user typed; saving again replaces the version just shown.</summary>
    protected bool AfterConflict => ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey);

    public abstract Task ReloadAsync(CancellationToken cancellationToken);

    public static string LongDate(DateOnly date) => Application.Common.LongDate.Of(date);

    public static string LongDate(DateOnly? date) => date is { } value ? LongDate(value) : "None";

    /// <summary>Back to the record's page, with a success message.</summary>
    protected IActionResult BackToRecord(string message)
    {
        TempData["Success"] = message;
        return RedirectToPage(recordPage, new { id = Id });
    }
}

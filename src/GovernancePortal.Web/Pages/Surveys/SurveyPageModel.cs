using System.Globalization;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Surveys;

/// <summary>The governance team's pages of one survey: the survey's id from the route, reloading after an error, and the way back.</summary>
public abstract class SurveyPageModel(IMediator mediator) : PageModel, IReloadOnError
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    protected IMediator Mediator { get; } = mediator;

    /// <summary>After a conflict the form keeps what the user typed; saving again replaces the version just shown.</summary>
    protected bool AfterConflict => ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey);

    public abstract Task ReloadAsync(CancellationToken cancellationToken);

    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", British);

    public static string LongDate(DateOnly? date) => date is { } value ? LongDate(value) : "None";

    protected IActionResult BackToSurvey(string message)
    {
        TempData["Success"] = message;
        return RedirectToPage("/Surveys/Details", new { id = Id });
    }
}

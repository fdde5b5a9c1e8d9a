using System.Globalization;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Papers;

/// <summary>The pages of one paper: the paper's id from the route, reloading after an error, and the way back to it.</summary>
public abstract class PaperPageModel(IMediator mediator) : PageModel, IReloadOnError
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

    protected IActionResult BackToPaper(string message)
    {
        TempData["Success"] = message;
        return RedirectToPage("/Papers/Details", new { id = Id });
    }
}

/// <summary>A confirmation form's only field: the version of the paper it was shown at.</summary>
public sealed class PaperVersionInput
{
    public Guid Version { get; set; }
}

using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement.Actions;
using GovernancePortal.Web.Filters;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

/// <summary>The pages of one action's workflow: each loads the action (for its heading and version) and posts one use case.</summary>
public abstract class ActionPageModel(IMediator mediator) : PageModel, IReloadOnError
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public ActionDetails Action { get; private set; } = default!;

    protected IMediator Mediator { get; } = mediator;

    /// <summary>What the user must be able to do to this action to open the page (null: reading is enough).</summary>
    protected virtual Func<ActionPermissions, bool>? Requires => null;

    public virtual async Task ReloadAsync(CancellationToken cancellationToken)
    {
        Action = await Mediator.Send(new GetActionQuery(Id), cancellationToken);
        if (Requires is { } requires && !requires(Action.Can))
        {
            throw new ForbiddenException($"You cannot do this to {Action.Code}.");
        }

        if (ViewData.ContainsKey(UseCaseExceptionFilter.ConflictValuesKey))
        {
            // After a conflict the form keeps what the user typed beside the other person's values; saving again
            // replaces the version just shown.
            TakeVersion(Action.Version);
        }
    }

    /// <summary>Puts the action's current version in the page's form (pages with a form).</summary>
    protected virtual void TakeVersion(Guid version)
    {
    }

    protected IActionResult BackToAction(string message)
    {
        TempData["Success"] = message;
        return RedirectToPage("/Improvement/Actions/Details", new { id = Id });
    }
}

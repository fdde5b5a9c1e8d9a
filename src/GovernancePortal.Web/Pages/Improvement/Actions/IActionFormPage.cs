using GovernancePortal.Application.Features.Improvement.Actions;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

/// <summary>
/// A page that shows the action form (<c>_ActionForm.cshtml</c>): adding an action or changing one. The partial takes
/// the page itself, so its tag helpers render the page's own field names (<c>Input.Code</c>), which bind to the
/// slice's form.
/// </summary>
public interface IActionFormPage
{
    ActionForm Form { get; }

    ActionFields Input { get; }

    /// <summary>Once set, the due date changes only through 'Revise due date'.</summary>
    bool DueDateLocked { get; }
}

using GovernancePortal.Domain.Improvement;
using GovernancePortal.Web.Forms;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

/// <summary>
/// A page that shows the action form (<c>_ActionForm.cshtml</c>). The partial takes the page itself, so its tag
/// helpers render the page's own field names (<c>Input.Code</c>), which bind to <see cref="Input"/>.
/// </summary>
public interface IActionFormPage
{
    Application.Features.Improvement.Actions.ActionForm Form { get; }

    ActionInput Input { get; }

    /// <summary>Once set, the due date changes only through 'Revise due date'.</summary>
    bool DueDateLocked { get; }
}

public sealed class ActionInput : IActionInput
{
    public int? AreaId { get; set; }

    public string? Code { get; set; }

    public string? Description { get; set; }

    public int? OwnerId { get; set; }

    public ActionSource? Source { get; set; }

    public string? SourceReference { get; set; }

    public DateParts DueDate { get; set; } = new();

    public Guid Version { get; set; }
}

using GovernancePortal.Domain.Improvement;
using GovernancePortal.Web.Forms;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

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

using GovernancePortal.Application.Features.Improvement.Actions;
using GovernancePortal.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

public sealed class ReviseDateModel(IMediator mediator) : ActionPageModel(mediator)
{
    protected override Func<ActionPermissions, bool>? Requires => c => c.Manage;

    [BindProperty]
    public ReviseInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new ReviseInput { Version = Action.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new ReviseDueDateCommand(Id, Input.Version, Input.NewDueDate.Date, Input.Reason, Input.ApprovedBy), cancellationToken);
        return BackToAction("The due date has been changed and recorded in the slippage ledger");
    }

    public sealed class ReviseInput
    {
        public DateParts NewDueDate { get; set; } = new();

        public string? Reason { get; set; }

        public string? ApprovedBy { get; set; }

        public Guid Version { get; set; }
    }
}

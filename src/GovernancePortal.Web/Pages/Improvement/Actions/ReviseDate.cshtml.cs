using GovernancePortal.Application.Features.Improvement.Actions;
using GovernancePortal.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

public sealed class ReviseDateModel(IMediator mediator) : ActionPageModel(mediator)
{
    protected override Func<ActionPermissions, bool>? Requires => c => c.Manage;

    protected override IActionInput? VersionedInput => Input;

    [BindProperty]
    public ReviseInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new ReviseInput { Version = Action.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new ReviseDueDateCommand(Id, Input.Version, Input.NewDueDate.Date, Input.Reason, Input.ForOwner), cancellationToken);
        return BackToAction("The due date has been changed and recorded in the slippage ledger");
    }

    public sealed class ReviseInput : IActionInput
    {
        public DateParts NewDueDate { get; set; } = new();

        public string? Reason { get; set; }

        /// <summary>The owner asked for the new date (the governance team records it for them).</summary>
        public bool ForOwner { get; set; }

        public Guid Version { get; set; }
    }
}

using GovernancePortal.Application.Features.Improvement.Actions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

public sealed class ReviseDateModel(IMediator mediator) : ActionPageModel(mediator)
{
    protected override Func<ActionPermissions, bool>? Requires => c => c.Manage;

    protected override void TakeVersion(Guid version) => Input.Version = version;

    [BindProperty]
    public ReviseDueDate.Form Input { get; set; } = new();


    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new ReviseDueDate.Form { Version = Action.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new ReviseDueDate.Command(Id, Input.Version, Input.NewDueDate.Date, Input.Reason, Input.ForOwner), cancellationToken);
        return BackToAction("The due date has been changed and recorded in the slippage ledger");
    }
}

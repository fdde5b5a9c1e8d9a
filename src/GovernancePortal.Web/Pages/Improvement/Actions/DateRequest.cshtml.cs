using GovernancePortal.Application.Common;
using GovernancePortal.Application.Features.Improvement.Actions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace GovernancePortal.Web.Pages.Improvement.Actions;

/// <summary>The governance team approves or refuses an owner's request for a new due date.</summary>
public sealed class DateRequestModel(IMediator mediator) : ActionPageModel(mediator)
{
    protected override Func<ActionPermissions, bool>? Requires => c => c.Manage;

    protected override void TakeVersion(Guid version) => Input.Version = version;

    [BindProperty]
    public DecideDueDateRequest.Form Input { get; set; } = new();

    public DateRequestView Pending { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        Input = new DecideDueDateRequest.Form { Version = Action.Version, RequestId = Pending.Id };
    }

    public override async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await base.ReloadAsync(cancellationToken);
        Pending = Action.PendingDateRequest ?? throw new NotFoundException($"No request for a new due date on {Action.Code} is awaiting a decision.");
        if (Pending.AskedByMe)
        {
            throw new ForbiddenException("Someone other than the person who asked for the new date must decide it.");
        }
    }

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        await Mediator.Send(new DecideDueDateRequest.Command(Id, Input.RequestId, Input.Version, true, Input.Comment), cancellationToken);
        return BackToAction("The new due date is approved and recorded in the slippage ledger");
    }

    public async Task<IActionResult> OnPostRefuseAsync(CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
        await Mediator.Send(new DecideDueDateRequest.Command(Id, Input.RequestId, Input.Version, false, Input.Comment), cancellationToken);
        return BackToAction("The request is refused: the due date stays as it was and the owner can see why");
    }
}
